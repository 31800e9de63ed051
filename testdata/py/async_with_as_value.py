# What `async with X as v` binds: Lock and Semaphore __aenter__ return None,
# while lock.acquire() returns True.
import asyncio

async def main():
    lock = asyncio.Lock()
    async with lock as x:
        print(x, lock.locked())
    print(await lock.acquire())
    lock.release()
    sem = asyncio.Semaphore()
    async with sem as y:
        print(y)

asyncio.run(main())
