# asyncio-semantics.md: example `mainexc.py` (after rule E1), verbatim.
import asyncio
async def bg():
    try: await asyncio.sleep(10)
    finally: print("bg finally")
async def main():
    asyncio.create_task(bg()); await asyncio.sleep(0)
    raise KeyError("k")
asyncio.run(main())
