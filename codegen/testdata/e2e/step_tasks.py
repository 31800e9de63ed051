# Step coroutines as tasks: queues (typed fast path and dynamic), cancellation
# while suspended, task reprs naming the await line, exceptions crossing both
# coroutine forms, reuse of an awaited coroutine, awaiting a non-awaitable.
import asyncio


async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("put", i, q.qsize())
    await q.put(None)


async def consumer(q, name):
    total = 0
    while True:
        item = await q.get()
        if item is None:
            break
        total += item
        print(name, "got", item)
    return total


async def sleeper(t):
    await asyncio.sleep(t)
    return t


async def leaf(n):
    await asyncio.sleep(0)
    if n == 2:
        raise ValueError("leaf%d" % n)
    return n * 10


async def blocky(n):
    try:
        return await leaf(n)
    finally:
        print("blocky finally", n)


async def mid(n):
    x = await blocky(n)
    return x + 1


async def forever():
    while True:
        await asyncio.sleep(1)


async def main():
    q = asyncio.Queue(maxsize=2)
    t1 = asyncio.create_task(producer(q, 5))
    total = await consumer(q, "c")
    await t1
    print("total", total)

    q2 = asyncio.Queue()
    for i in range(3):
        q2.put_nowait(i)
    got = []
    while not q2.empty():
        got.append(await q2.get())
    print(got)

    t = asyncio.create_task(sleeper(5))
    await asyncio.sleep(0)
    print(t)
    t.cancel("stop")
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancelled", t.cancelled(), e)

    f = asyncio.create_task(forever())
    await asyncio.sleep(2.5)
    print(f)
    f.cancel()
    await asyncio.sleep(0)
    print(f.cancelled())

    print(await mid(1))
    try:
        await mid(2)
    except ValueError as e:
        print("caught", e)

    c = leaf(1)
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print("reuse:", e)

    results = await asyncio.gather(*[sleeper(i / 10) for i in range(5)])
    print(results)
    done, pending = await asyncio.wait([asyncio.create_task(sleeper(0.1))])
    print(len(done), len(pending))


asyncio.run(main())


# q.get/q.put on a parameter: a queue takes the fast path, anything else
# the dynamic one (AttributeError, or a user object's own put).
async def relay(q, x):
    await q.put(x * 2)
    return await q.get()


async def queue_params():
    q = asyncio.Queue()
    print(await relay(q, 21))
    for obj in ([1], None, "s"):
        try:
            await relay(obj, 1)
        except AttributeError as e:
            print("AttributeError", e)

    try:
        await typed_task_put()
    except AttributeError:
        print("typed task has no put")
    try:
        await typed_loop_get()
    except AttributeError:
        print("typed loop has no get")


async def typed_task_put():
    t = asyncio.create_task(sleeper(0))
    await t
    await t.put(1)


async def typed_loop_get():
    loop = asyncio.get_running_loop()
    x = await loop.get()

asyncio.run(queue_params())
