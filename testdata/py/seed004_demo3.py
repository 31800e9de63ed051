# Seed: ../shared/seeds/004_9dd25c40afc5d0be.txt, "Demo3" (loop.create_task + add_done_callback),
# verbatim.
import asyncio

async def job(i):
    print(f"start: {i}")
    await asyncio.sleep(2)
    print(f"stop: {i}")
    return "job done"

def got_result(future):
    print(future.result())

if __name__ == "__main__":
    loop = asyncio.get_event_loop()
    task = loop.create_task(job(1))
    task.add_done_callback(got_result)
    loop.run_until_complete(task)
    print("end")
