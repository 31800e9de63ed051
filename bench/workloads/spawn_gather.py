# spawn+gather 100k tasks that each sleep(0)
import asyncio, time

N = 100_000

async def child():
    await asyncio.sleep(0)

async def main():
    await asyncio.gather(*[child() for _ in range(N)])

t0, c0 = time.perf_counter(), time.process_time()
asyncio.run(main())
print(f"{time.perf_counter() - t0:.6f} {time.process_time() - c0:.6f}")
