# spawn+gather 100k tasks that each sleep(0)
import asyncio, sys, time

RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 1

N = 100_000

async def child():
    await asyncio.sleep(0)

async def main():
    await asyncio.gather(*[child() for _ in range(N)])

# Each run prints its wall and CPU seconds; the first run starts on a cold
# heap, the later ones reuse the memory the earlier ones freed.
for _ in range(RUNS):
    t0, c0 = time.perf_counter(), time.process_time()
    asyncio.run(main())
    print(f"{time.perf_counter() - t0:.6f} {time.process_time() - c0:.6f}")
