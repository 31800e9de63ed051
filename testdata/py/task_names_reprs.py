# Task names (the global Task-N counter), set_name, and reprs of tasks and futures in each state.
import asyncio

async def say_after(delay, what):
    await asyncio.sleep(delay)
    return what

async def fail():
    raise ValueError("boom")

async def main():
    loop = asyncio.get_running_loop()
    print(asyncio.current_task().get_name())
    t = asyncio.create_task(say_after(0.01, "hi"))
    print(t)
    await asyncio.sleep(0)
    print(t)
    await t
    print(t)
    n = asyncio.create_task(say_after(0, None), name="custom")
    m = loop.create_task(say_after(0, None), name="loop-named")
    d = asyncio.create_task(say_after(0, None))
    print(n.get_name(), m.get_name(), d.get_name())
    d.set_name("renamed")
    print(d.get_name(), repr(d))
    await asyncio.gather(n, m, d)
    c = asyncio.create_task(say_after(1, "x"))
    await asyncio.sleep(0)
    c.cancel()
    print(c)
    await asyncio.sleep(0)
    print(c)
    f = asyncio.create_task(fail())
    await asyncio.sleep(0)
    print(f)
    print(f.exception())
    fut = loop.create_future()
    print(fut)
    fut.set_result([1, 2, 3])
    print(fut)
    long = asyncio.create_task(say_after(0, "x" * 40))
    await long
    print(long)
    print(asyncio.create_task(say_after(0, None)).get_name())

asyncio.run(main())
