# asyncio-semantics.md: example `cond.py` (after rule Q3), verbatim.
import asyncio
async def main():
    c = asyncio.Condition()
    async def cw(n):
        async with c: print(n, "waits"); await c.wait(); print(n, "notified")
    ts = [asyncio.create_task(cw(n)) for n in "XYZ"]
    await asyncio.sleep(0)
    async with c: c.notify(2); print("notify(2) called, lock still held")
    await asyncio.sleep(0.01)
    async with c: c.notify_all()
    await asyncio.gather(*ts)
asyncio.run(main())
