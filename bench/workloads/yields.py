# 1M sleep(0) yields shared by two tasks
import asyncio, time

N = 1_000_000

async def yielder(n):
    for _ in range(n):
        await asyncio.sleep(0)

async def main():
    await asyncio.gather(yielder(N // 2), yielder(N // 2))

t0, c0 = time.perf_counter(), time.process_time()
asyncio.run(main())
print(f"{time.perf_counter() - t0:.6f} {time.process_time() - c0:.6f}")
