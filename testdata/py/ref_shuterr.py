# asyncio-semantics.md: example `shuterr.py` (after rule R4), verbatim.
import asyncio
async def stubborn():
    try: await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn: caught, cleaning up"); await asyncio.sleep(0.01); print("stubborn: done")
async def raiser():
    try: await asyncio.sleep(10)
    except asyncio.CancelledError: raise RuntimeError("from cancel") from None
async def main():
    asyncio.create_task(stubborn()); asyncio.create_task(raiser()); await asyncio.sleep(0)
asyncio.run(main())
print("after run")
