# Lock, Event, Condition, Semaphore and BoundedSemaphore in FIFO order.
import asyncio

async def main():
    lock = asyncio.Lock()

    async def critical(name):
        async with lock:
            print(name, "enters, locked =", lock.locked())
            await asyncio.sleep(0.01)
            print(name, "leaves")

    await asyncio.gather(critical("A"), critical("B"), critical("C"))
    print("lock free:", not lock.locked())
    await lock.acquire()
    print("acquired manually:", lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

    event = asyncio.Event()

    async def waiter(n):
        print("waiter", n, "waiting")
        await event.wait()
        print("waiter", n, "released")

    ws = [asyncio.create_task(waiter(n)) for n in range(3)]
    await asyncio.sleep(0.01)
    print("is_set before:", event.is_set())
    event.set()
    await asyncio.gather(*ws)
    event.clear()
    print("is_set after clear:", event.is_set())

    cond = asyncio.Condition()
    items = []

    async def consume(n):
        async with cond:
            await cond.wait_for(lambda: len(items) > 0)
            print("consumer", n, "took", items.pop(0))

    cs = [asyncio.create_task(consume(n)) for n in range(2)]
    await asyncio.sleep(0.01)
    for v in ("x", "y"):
        async with cond:
            items.append(v)
            cond.notify()
        await asyncio.sleep(0.01)
    await asyncio.gather(*cs)

    sem = asyncio.Semaphore(2)

    async def limited(n):
        async with sem:
            print("limited", n, "in")
            await asyncio.sleep(0.01 * (n + 1))
            print("limited", n, "out")

    await asyncio.gather(*(limited(n) for n in range(4)))
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
