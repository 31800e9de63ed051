# Bound methods used as callbacks: what they store must be typed.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    cb = fut.set_result
    loop.call_soon(cb, [1, 2])
    res = await fut
    res.append("x")
    print(res)
    q = asyncio.Queue()
    q.put_nowait(1)
    putter = q.put_nowait
    putter("two")
    a = await q.get()
    b = await q.get()
    print(a, b)
    log = []
    loop.call_later(0.01, log.append, 1.5)
    await asyncio.sleep(0.02)
    print(log)


asyncio.run(main())
