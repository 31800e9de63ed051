# asyncio-semantics.md: example `waitfor.py` (after rule W1), verbatim.
import asyncio
async def slow(n, d):
    try: print(n, "start"); await asyncio.sleep(d); return n
    except asyncio.CancelledError: print(n, "cancelled"); raise
async def main():
    try: await asyncio.wait_for(slow("A", 1), 0.01)
    except TimeoutError as e: print("TimeoutError", repr(e.__cause__), asyncio.TimeoutError is TimeoutError)
    try: await asyncio.wait_for(slow("B", 1), 0)
    except TimeoutError: print("B never started")
    print(await asyncio.wait_for(slow("C", 0.01), 1))
    t = asyncio.create_task(slow("D", 0.02))
    try: await asyncio.wait_for(asyncio.shield(t), 0.01)
    except TimeoutError: print("shielded D still running:", not t.done())
    print(await t)
asyncio.run(main())
