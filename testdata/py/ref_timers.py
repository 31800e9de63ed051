# asyncio-semantics.md: example `timers.py` (after rule L4), verbatim.
import asyncio, time
async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0, print, "later(0)")
    loop.call_at(loop.time() - 5, print, "at(past)")
    loop.call_soon(print, "soon")
    loop.call_later(0.01, print, "later(0.01)")
    time.sleep(0.02)          # blocks the loop; the 10 ms timer is now overdue
    await asyncio.sleep(0); print("main resumed")
    await asyncio.sleep(0); print("main resumed again")
asyncio.run(main())
