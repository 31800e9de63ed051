# asyncio-semantics.md: example `timeout.py` (after rule W5), verbatim.
import asyncio
async def main():
    try:
        async with asyncio.timeout(0.01) as cm:
            try: await asyncio.sleep(1)
            except asyncio.CancelledError: print("body sees CancelledError"); raise
    except TimeoutError as e: print("TimeoutError", repr(e.__cause__), cm.expired())
    try:
        async with asyncio.timeout(0):        # expiry is delivered via call_soon
            print("body starts"); await asyncio.sleep(0); print("not reached")
    except TimeoutError: print("timeout(0) fired after one iteration")
asyncio.run(main())
