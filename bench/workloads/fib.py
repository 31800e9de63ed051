# CPU-bound recursion: fib(27) in each of 8 gathered tasks
import asyncio, sys, time

RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 1


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


async def worker(k):
    await asyncio.sleep(0)
    return fib(27)


async def main():
    results = await asyncio.gather(*[worker(k) for k in range(8)])
    assert results == [196418] * 8, results
    return sum(results)


# Each run prints its wall and CPU seconds; the first run starts on a cold
# heap, the later ones reuse the memory the earlier ones freed.
for _ in range(RUNS):
    t0, c0 = time.perf_counter(), time.process_time()
    result = asyncio.run(main())
    print(f"{time.perf_counter() - t0:.6f} {time.process_time() - c0:.6f}")
print(result, file=sys.stderr)
