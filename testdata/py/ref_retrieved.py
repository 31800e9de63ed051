# asyncio-semantics.md: example `retrieved.py` (after rule E3), verbatim.
import asyncio
async def bad(n):
    raise ValueError(n)
keep = []
async def main():
    asyncio.create_task(bad(1)); print("created 1")
    await asyncio.sleep(0); print("main after sleep #1")
    t = asyncio.create_task(bad(2)); await asyncio.sleep(0)
    print("dropping t"); del t; print("dropped")
    keep.append(asyncio.create_task(bad(3))); await asyncio.sleep(0)
    print("main end")
asyncio.run(main())
print("after run")
