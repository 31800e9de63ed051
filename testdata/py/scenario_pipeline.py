# A three-stage pipeline of tasks connected by bounded queues, shut down with sentinels.
import asyncio

async def produce(out_q, n):
    loop = asyncio.get_running_loop()
    for i in range(n):
        await asyncio.sleep(0.1)
        await out_q.put(i)
        print(f"{loop.time():.2f} produced {i}")
    await out_q.put(None)

async def transform(in_q, out_q):
    while True:
        item = await in_q.get()
        if item is None:
            await out_q.put(None)
            return "transform finished"
        await asyncio.sleep(0.27)
        await out_q.put(item * item)

async def consume(in_q):
    loop = asyncio.get_running_loop()
    total = 0
    while (item := await in_q.get()) is not None:
        total += item
        print(f"{loop.time():.3f} consumed {item}, total {total}")
    return total

async def main():
    q1, q2 = asyncio.Queue(maxsize=2), asyncio.Queue(maxsize=1)
    results = await asyncio.gather(produce(q1, 5), transform(q1, q2), consume(q2))
    print(results, f"{asyncio.get_running_loop().time():.3f}")

asyncio.run(main())
