# add_done_callback / remove_done_callback on tasks and futures, futures' result/exception API.
import asyncio

async def work(v):
    await asyncio.sleep(0.01)
    return v

def report(fut):
    print("callback: done =", fut.done(), "result =", fut.result())

def other(fut):
    print("never called")

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(work(1))
    t.add_done_callback(report)
    t.add_done_callback(other)
    t.add_done_callback(lambda f: print("lambda callback"))
    print("removed:", t.remove_done_callback(other))
    print("awaited:", await t)
    t.add_done_callback(lambda f: print("late callback runs via call_soon"))
    print("after late add")
    await asyncio.sleep(0)

    fut = loop.create_future()
    print(fut.done(), fut.cancelled())
    try:
        fut.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    fut.set_result([1, 2])
    print(fut.done(), fut.result(), fut.exception())
    try:
        fut.set_result(3)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)

    bad = loop.create_future()
    bad.set_exception(ValueError("bad future"))
    print("exception():", repr(bad.exception()))
    try:
        await bad
    except ValueError as e:
        print("await raised", repr(e))

    c = loop.create_future()
    c.add_done_callback(lambda f: print("cancelled callback:", f.cancelled()))
    print("cancel:", c.cancel(), c.cancel())
    await asyncio.sleep(0)

asyncio.run(main())
