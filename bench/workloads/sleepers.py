# 100k sleepers with distinct deadlines (small distinct sleeps: 1 µs apart)
import asyncio, sys, time

RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 1

N = 100_000

async def sleeper(i):
    await asyncio.sleep(i * 1e-6)

async def main():
    await asyncio.gather(*[sleeper(i) for i in range(N)])

# Each run prints its wall and CPU seconds; the first run starts on a cold
# heap, the later ones reuse the memory the earlier ones freed.
for _ in range(RUNS):
    t0, c0 = time.perf_counter(), time.process_time()
    asyncio.run(main())
    print(f"{time.perf_counter() - t0:.6f} {time.process_time() - c0:.6f}")
