"""Retry scheduler with gaussian jitter: workers back off by random.gauss
delays, a wind simulator draws directions with vonmisesvariate, and the
same seed reproduces the same schedule."""
import asyncio
import math
import random


async def worker(name, attempts, log):
    for attempt in range(attempts):
        jitter = random.gauss(0.05, 0.01)
        log.append((name, attempt, jitter))
        await asyncio.sleep(max(0.0, jitter))
    return name


async def schedule(seed):
    random.seed(seed)
    log = []
    done = await asyncio.gather(*(worker(f"w{i}", 3, log) for i in range(3)))
    return done, log


async def main():
    done, log = await schedule(42)
    print(done)
    for entry in log:
        print(entry)
    _, again = await schedule(42)
    print("reproducible:", again == log)

    random.seed(7)
    print("gauss pairs", [random.gauss() for _ in range(5)])
    random.seed(7)
    print("after reseed", random.gauss(), random.gauss(10, 2), random.gauss(mu=-1, sigma=0.5))
    print("int args", random.gauss(3, 0))
    random.seed(2024)
    winds = [random.vonmisesvariate(math.pi / 2, 4.0) for _ in range(6)]
    print("wind", winds)
    print("uniform wind", random.vonmisesvariate(1, 0), random.vonmisesvariate(0, 1e-7))
    print("mixed", random.vonmisesvariate(-3, 0.5), random.vonmisesvariate(10, 50))
    random.seed(2024)
    print("same wind", [random.vonmisesvariate(math.pi / 2, 4.0) for _ in range(6)] == winds)
    try:
        random.gauss("a", 1)
    except TypeError as e:
        print("TypeError:", e)
    try:
        random.vonmisesvariate(0, "x")
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
