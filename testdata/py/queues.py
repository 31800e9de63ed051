# Queue producer/consumer with join(), a bounded queue blocking the producer, PriorityQueue,
# LifoQueue, QueueEmpty/QueueFull and task_done() misuse.
import asyncio

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("put", i, "qsize", q.qsize())
    print("producer done")

async def consumer(q, name):
    while True:
        item = await q.get()
        print(name, "got", item)
        await asyncio.sleep(0.01)
        q.task_done()

async def main():
    q = asyncio.Queue(maxsize=2)
    workers = [asyncio.create_task(consumer(q, f"c{i}")) for i in range(2)]
    await producer(q, 5)
    await q.join()
    print("joined, empty:", q.empty(), "full:", q.full(), "maxsize:", q.maxsize)
    for w in workers:
        w.cancel()
    print(await asyncio.gather(*workers, return_exceptions=True))

    pq = asyncio.PriorityQueue()
    for item in [(3, "low"), (1, "high"), (2, "mid"), (1, "also high")]:
        pq.put_nowait(item)
    print([pq.get_nowait() for _ in range(pq.qsize())])
    lq = asyncio.LifoQueue()
    for item in "abc":
        await lq.put(item)
    print([await lq.get() for _ in range(3)])

    try:
        asyncio.Queue().get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    full = asyncio.Queue(1)
    full.put_nowait("x")
    try:
        full.put_nowait("y")
    except asyncio.QueueFull:
        print("QueueFull", full.qsize())
    try:
        asyncio.Queue().task_done()
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
