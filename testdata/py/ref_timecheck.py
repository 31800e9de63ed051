# asyncio-semantics.md: example `timecheck.py` (after rule C3), verbatim.
import asyncio, time
async def ticker():
    for i in range(2): print("ticker", i); await asyncio.sleep(0)
async def main():
    loop = asyncio.get_running_loop()
    a = time.monotonic(); b = loop.time(); c = time.monotonic(); print(a <= b <= c)
    t = asyncio.create_task(ticker()); loop.call_later(0.01, print, "10ms timer")
    time.sleep(0.05); print("blocked 50ms; nothing else ran")
    await asyncio.sleep(0); print("main after sleep(0)"); await t
asyncio.run(main())
