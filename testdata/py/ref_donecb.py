# asyncio-semantics.md: example `donecb.py` (after rule D1), verbatim.
import asyncio
async def work():
    await asyncio.sleep(0); print("work returns"); return 7
async def waiter(t): print("waiter resumed with", await t)
async def main():
    t = asyncio.create_task(work())
    t.add_done_callback(lambda f: print("cb1", f.result()))
    w = asyncio.create_task(waiter(t)); await asyncio.sleep(0)
    t.add_done_callback(lambda f: print("cb2"))
    print("main resumed with", await t)
    t.add_done_callback(lambda f: print("cb3 (already done -> call_soon)"))
    print("main: w.done() =", w.done()); await asyncio.sleep(0); print("main end")
asyncio.run(main())
