# 100k sleepers with distinct deadlines (small distinct sleeps: 1 µs apart)
import asyncio, time

N = 100_000

async def sleeper(i):
    await asyncio.sleep(i * 1e-6)

async def main():
    await asyncio.gather(*[sleeper(i) for i in range(N)])

t0, c0 = time.perf_counter(), time.process_time()
asyncio.run(main())
print(f"{time.perf_counter() - t0:.6f} {time.process_time() - c0:.6f}")
