# Seed: ../shared/seeds/004_9dd25c40afc5d0be.txt, "Demo2" (create_task into a global list,
# get_event_loop + run_until_complete), verbatim.
import asyncio

tasks = []

async def job(i):
    print(f"start: {i}")
    await asyncio.sleep(2)
    print(f"stop: {i}")

async def start():
    for i in range(5):
        tasks.append(asyncio.create_task(job(i)))
    await asyncio.gather(*tasks)
    
if __name__ == "__main__":
    loop = asyncio.get_event_loop()
    loop.run_until_complete(start())
    print("end")
