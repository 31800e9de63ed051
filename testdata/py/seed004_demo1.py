# Seed: ../shared/seeds/004_9dd25c40afc5d0be.txt, "Demo1" (gather of two jobs), verbatim.
import asyncio

async def job():
    print("start")
    await asyncio.sleep(2)
    print("stop")

async def start():
    await asyncio.gather(job(), job())
    
if __name__ == "__main__":
    asyncio.run(start())
    print("end")
