# return inside async with in step coroutines: the value is computed, then
# __aexit__ runs (innermost region first), then the coroutine returns.
import asyncio

async def fetch(sem, i):
    async with sem:
        await asyncio.sleep(0.1)
        if i == 1:
            return "early", i, sem.locked()
        print("not early", i)
    return "late", i, sem.locked()

async def nested(a, b, i):
    async with a:
        async with b:
            await asyncio.sleep(0)
            if i:
                return await asyncio.sleep(0, (a.locked(), b.locked()))
        print("inner done", a.locked(), b.locked())
    return (a.locked(), b.locked())

async def direct(lock):
    async with lock:
        return lock.locked()

async def main():
    sem = asyncio.Semaphore(1)
    print(await asyncio.gather(fetch(sem, 0), fetch(sem, 1), fetch(sem, 2)))
    a, b = asyncio.Lock(), asyncio.Lock()
    print(await nested(a, b, 0), await nested(a, b, 1), a.locked(), b.locked())
    l = asyncio.Lock()
    print(await direct(l), l.locked())

asyncio.run(main())
