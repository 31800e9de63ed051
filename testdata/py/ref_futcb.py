# asyncio-semantics.md: example `futcb.py` (after rule T4), verbatim.
import asyncio
async def w(fut, n):
    print("waiter", n, "got", await fut)
async def main():
    loop = asyncio.get_running_loop(); fut = loop.create_future()
    fut.add_done_callback(lambda f: print("cb A"))
    ts = [asyncio.create_task(w(fut, n)) for n in (1, 2)]
    await asyncio.sleep(0)
    fut.add_done_callback(lambda f: print("cb B"))
    loop.call_soon(print, "soon X")
    fut.set_result("R"); loop.call_soon(print, "soon Y")
    await asyncio.gather(*ts)
asyncio.run(main())
