# asyncio-semantics.md: example `lock.py` (after rule Q2), verbatim.
import asyncio
async def main():
    lock = asyncio.Lock()
    async def user(name):
        async with lock: print(name, "acquired"); await asyncio.sleep(0)
    await lock.acquire()
    ts = [asyncio.create_task(user(n)) for n in "ABC"]
    await asyncio.sleep(0)
    lock.release(); print("after release: locked() =", lock.locked())
    ts[0].cancel()                          # A was woken, but is cancelled before it runs
    ts.append(asyncio.create_task(user("D")))   # newcomer while B, C still wait
    await asyncio.gather(*ts, return_exceptions=True)
    print("A cancelled:", ts[0].cancelled())
asyncio.run(main())
