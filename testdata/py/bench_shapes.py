# The bench workloads' shapes at a small size, with their results printed:
# gather of sleepers, ping-pong yields, a bounded queue, a contended lock
# inside `async with`, and distinct-deadline sleepers.
import asyncio

async def child(i):
    await asyncio.sleep(0)
    return i * i

async def yielder(name, n, log):
    for k in range(n):
        log.append((name, k))
        await asyncio.sleep(0)

async def producer(q, n):
    for i in range(n):
        await q.put(i)
    await q.put(None)

async def consumer(q, seen):
    total = 0
    while True:
        item = await q.get()
        if item is None:
            break
        seen.append(item)
        total += item
    return total

async def user(lock, name, rounds, order):
    for r in range(rounds):
        async with lock:
            order.append(f"{name}{r}")
            await asyncio.sleep(0)

async def sleeper(i, woke):
    await asyncio.sleep((5 - i) * 0.001)
    woke.append(i)
    return i

async def main():
    print(sum(await asyncio.gather(*[child(i) for i in range(100)])))
    log = []
    await asyncio.gather(yielder("a", 3, log), yielder("b", 2, log))
    print(log)
    q = asyncio.Queue(maxsize=2)
    seen = []
    _, total = await asyncio.gather(producer(q, 7), consumer(q, seen))
    print(total, seen, q.qsize())
    lock = asyncio.Lock()
    order = []
    await asyncio.gather(*[user(lock, n, 2, order) for n in "xyz"])
    print(order, lock.locked())
    woke = []
    print(await asyncio.gather(*[sleeper(i, woke) for i in range(5)]), woke)

asyncio.run(main())
