# coroutines, tasks, gather, async with, except*, never-awaited, callbacks
import asyncio

lock = asyncio.Lock()

async def worker(name, delay, results):
    async with lock:
        print(name, "holds the lock")
        await asyncio.sleep(delay)
    results.append(name)
    return name.upper()

async def failing(n):
    await asyncio.sleep(0)
    raise ValueError(f"bad {n}")

async def main():
    results = []
    got = await asyncio.gather(*(worker(n, 0.1, results) for n in ["a", "b", "c"]))
    print(got, results)
    print(await asyncio.gather(failing(1), worker("d", 0, results), return_exceptions=True))
    t = asyncio.create_task(worker("e", 0.5, results), name="task-e")
    t.add_done_callback(lambda fut: print("done:", fut.get_name(), fut.result()))
    done, pending = await asyncio.wait([t], timeout=1)
    print(len(done), len(pending))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failing(2))
            tg.create_task(failing(3))
    except* ValueError as eg:
        print("group:", sorted(str(e) for e in eg.exceptions))
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.1)
    except asyncio.TimeoutError:
        print("timed out")
    q = asyncio.Queue()
    async def producer():
        for i in range(3):
            await q.put(i)
        await q.put(None)
    async def consumer():
        while (item := await q.get()) is not None:
            print("consumed", item)
    await asyncio.gather(producer(), consumer())
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.2, fut.set_result, "later")
    print(await fut, loop.time())
    worker("never", 0, results)
    print("end")

asyncio.run(main())
