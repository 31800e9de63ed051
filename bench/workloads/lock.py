# 1000 tasks taking turns on one Lock 200 times each
import asyncio, sys, time

RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 1

TASKS, ROUNDS = 1000, 200

async def user(lock, counter):
    for _ in range(ROUNDS):
        async with lock:
            counter[0] += 1
            await asyncio.sleep(0)

async def main():
    lock = asyncio.Lock()
    counter = [0]
    await asyncio.gather(*[user(lock, counter) for _ in range(TASKS)])
    assert counter[0] == TASKS * ROUNDS

# Each run prints its wall and CPU seconds; the first run starts on a cold
# heap, the later ones reuse the memory the earlier ones freed.
for _ in range(RUNS):
    t0, c0 = time.perf_counter(), time.process_time()
    asyncio.run(main())
    print(f"{time.perf_counter() - t0:.6f} {time.process_time() - c0:.6f}")
