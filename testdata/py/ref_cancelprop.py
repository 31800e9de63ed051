# asyncio-semantics.md: example `cancelprop.py` (after rule E9), verbatim.
import asyncio
async def inner():
    try: await asyncio.sleep(1)
    finally: print("inner finally")
async def outer(t):
    try: await t
    finally: print("outer finally")
async def main():
    it = asyncio.create_task(inner()); ot = asyncio.create_task(outer(it))
    await asyncio.sleep(0)
    print(ot.cancel(), it.cancelling(), ot.cancelling())
    for i in range(3):
        await asyncio.sleep(0); print("iter", i, it.done(), ot.done())
asyncio.run(main())
