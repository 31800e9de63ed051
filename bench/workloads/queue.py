# Queue(maxsize=100) passing 1M items between a producer and a consumer
import asyncio, sys, time

RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 1

N = 1_000_000

async def producer(q):
    for i in range(N):
        await q.put(i)

async def consumer(q):
    total = 0
    for _ in range(N):
        total += await q.get()
    assert total == N * (N - 1) // 2

async def main():
    q = asyncio.Queue(maxsize=100)
    await asyncio.gather(producer(q), consumer(q))

# Each run prints its wall and CPU seconds; the first run starts on a cold
# heap, the later ones reuse the memory the earlier ones freed.
for _ in range(RUNS):
    t0, c0 = time.perf_counter(), time.process_time()
    asyncio.run(main())
    print(f"{time.perf_counter() - t0:.6f} {time.process_time() - c0:.6f}")
