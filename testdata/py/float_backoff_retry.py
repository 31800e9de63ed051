"""Retrying flaky fetches with exponential backoff and jitter."""
import asyncio
import random

BASE_DELAY = 0.05
MAX_DELAY = 2.0
GROWTH = 1.7


class FetchError(Exception):
    pass


def backoff_delay(attempt: int, base: float = BASE_DELAY) -> float:
    # full jitter on top of a capped exponential
    raw = base * 2 ** attempt
    capped = min(raw, MAX_DELAY)
    jitter = random.uniform(0, capped / 3)
    return capped + jitter


def growth_delay(attempt: int) -> float:
    return BASE_DELAY * GROWTH ** attempt


async def fetch(name: str, failures: int, log: list) -> str:
    attempt = 0
    waited = 0.0
    while True:
        if attempt >= failures:
            log.append(f"{name}: ok after {attempt} retries, waited {waited:.3f}s")
            return f"{name}-payload"
        delay = backoff_delay(attempt)
        log.append(f"{name}: attempt {attempt} failed, sleeping {delay:.6g}s (growth {growth_delay(attempt):.4e})")
        await asyncio.sleep(delay)
        waited += delay
        attempt += 1
        if attempt > 6:
            raise FetchError(f"{name} gave up after {attempt} attempts ({waited:.2f}s)")


async def main():
    random.seed(42)
    log = []
    jobs = {"alpha": 0, "beta": 2, "gamma": 4, "delta": 9}
    results = await asyncio.gather(
        *(fetch(name, n, log) for name, n in jobs.items()), return_exceptions=True
    )
    for line in log:
        print(line)
    for name, res in zip(jobs, results):
        if isinstance(res, Exception):
            print(f"{name}: {type(res).__name__}: {res}")
        else:
            print(f"{name}: {res}")
    loop = asyncio.get_running_loop()
    print(f"virtual time {loop.time():.6f}")

    # the delay table an operator would print
    for attempt in range(0, 12, 3):
        d = BASE_DELAY * 2 ** attempt
        print(attempt, d, repr(GROWTH ** attempt), f"{d:e}", f"{2 ** -attempt:.6g}", round(GROWTH ** attempt, 3))
    try:
        print(BASE_DELAY * 2.0 ** 1100)
    except OverflowError as e:
        print("overflow:", e)
    try:
        print(0.0 ** -1)
    except ZeroDivisionError as e:
        print("zero:", e)


asyncio.run(main())
