# asyncio-semantics.md: example `create.py` (after rule T6), verbatim.
import asyncio
async def child(n):
    print("child", n, "step 1"); await asyncio.sleep(0); print("child", n, "step 2")
async def inline():
    print("inline runs synchronously"); return 1
async def main():
    a = asyncio.create_task(child(1)); b = asyncio.create_task(child(2))
    print("main after create_task"); await inline(); print("main after await inline()")
    await a; print("main resumed after a")
asyncio.run(main())
