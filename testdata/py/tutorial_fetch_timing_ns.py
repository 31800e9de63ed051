#!/usr/bin/env python3
"""Tutorial: why async I/O is faster, timed in nanoseconds.

Many tutorials start with the Windows event-loop-policy idiom; on Linux its
branch never runs, and the policy classes do not even exist.
"""
import asyncio
import sys
import time
from random import seed, uniform

if sys.platform == "win32":
    asyncio.set_event_loop_policy(asyncio.WindowsSelectorEventLoopPolicy())

URLS = [f"https://example.com/item/{i}" for i in range(6)]


def fetch_sync(url: str, latency: float) -> int:
    time.sleep(latency)  # a blocking HTTP call
    return len(url) * 100


async def fetch_async(url: str, latency: float) -> int:
    await asyncio.sleep(latency)  # a non-blocking HTTP call
    return len(url) * 100


def run_sync(latencies: dict[str, float]) -> tuple[int, int]:
    start = time.perf_counter_ns()
    total = sum(fetch_sync(url, lat) for url, lat in latencies.items())
    return total, time.perf_counter_ns() - start


async def run_async(latencies: dict[str, float]) -> tuple[int, int]:
    start = time.perf_counter_ns()
    sizes = await asyncio.gather(*(fetch_async(u, lat) for u, lat in latencies.items()))
    return sum(sizes), time.perf_counter_ns() - start


def human(ns: int) -> str:
    for unit, scale in (("s", 1_000_000_000), ("ms", 1_000_000), ("µs", 1_000)):
        if ns >= scale:
            return f"{ns / scale:.3f} {unit}"
    return f"{ns} ns"


def main() -> int:
    seed(12)
    latencies = {url: round(uniform(0.05, 0.5), 3) for url in URLS}
    for url, lat in latencies.items():
        print(f"{url:<28} {lat * 1000:>6.1f} ms")
    started_ns = time.time_ns()
    sync_bytes, sync_ns = run_sync(latencies)
    async_bytes, async_ns = asyncio.run(run_async(latencies))
    assert sync_bytes == async_bytes
    print(f"sync:  {sync_bytes:,} bytes in {human(sync_ns)} ({sync_ns:_} ns)")
    print(f"async: {async_bytes:,} bytes in {human(async_ns)} ({async_ns:_} ns)")
    print(f"speed-up: {sync_ns / async_ns:.2f}x")
    print(f"wall clock moved {time.time_ns() - started_ns} ns; monotonic_ns={time.monotonic_ns()}")
    try:
        asyncio.WindowsProactorEventLoopPolicy()
    except AttributeError as exc:
        print(f"on {sys.platform}: {exc}")
    return 0 if async_ns < sync_ns else 1


if __name__ == "__main__":
    sys.exit(main())
