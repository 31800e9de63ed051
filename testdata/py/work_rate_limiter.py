"""Token-bucket and sliding-window rate limiters shared by concurrent API clients."""
import asyncio
import time
from collections import deque, Counter
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Deque, Dict


class RateLimitExceeded(Exception):
    def __init__(self, client: str, retry_after: float):
        self.client = client
        self.retry_after = retry_after
        super().__init__(f"{client}: retry after {retry_after:.2f}s")


class TokenBucket:
    __slots__ = ("rate", "capacity", "_tokens", "_last", "_lock")

    def __init__(self, rate: float, capacity: int):
        self.rate = rate
        self.capacity = capacity
        self._tokens = float(capacity)
        self._last = time.monotonic()
        self._lock = asyncio.Lock()

    def _refill(self):
        now = time.monotonic()
        self._tokens = min(self.capacity, self._tokens + (now - self._last) * self.rate)
        self._last = now

    async def acquire(self, tokens: int = 1):
        async with self._lock:
            while True:
                self._refill()
                if self._tokens >= tokens - 1e-9:
                    self._tokens -= tokens
                    return
                wait = (tokens - self._tokens) / self.rate
                await asyncio.sleep(wait)

    @property
    def available(self) -> float:
        self._refill()
        return round(self._tokens, 3)


class SlidingWindow:
    def __init__(self, limit: int, window: float):
        self.limit = limit
        self.window = window
        self.hits: Dict[str, Deque[float]] = {}

    def check(self, client: str):
        now = time.monotonic()
        q = self.hits.setdefault(client, deque())
        while q and now - q[0] >= self.window:
            q.popleft()
        if len(q) >= self.limit:
            raise RateLimitExceeded(client, self.window - (now - q[0]))
        q.append(now)


@dataclass
class Stats:
    ok: int = 0
    limited: int = 0
    waited: float = 0.0

    def __str__(self):
        return f"ok={self.ok:<3d} limited={self.limited:<3d} waited={self.waited:6.2f}s"


bucket = TokenBucket(rate=5, capacity=3)
window = SlidingWindow(limit=4, window=1.0)
stats: Dict[str, Stats] = {}


@asynccontextmanager
async def request_slot(client: str):
    started = time.monotonic()
    await bucket.acquire()
    stats[client].waited += time.monotonic() - started
    try:
        yield started
    finally:
        pass


async def api_call(client: str, n: int) -> str:
    window.check(client)
    async with request_slot(client) as started:
        await asyncio.sleep(0.05)
        return f"{client}#{n}@{started:.2f}"


async def client_loop(name: str, count: int, pause: float):
    stats[name] = Stats()
    log = []
    for n in range(count):
        try:
            log.append(await api_call(name, n))
            stats[name].ok += 1
        except RateLimitExceeded as exc:
            stats[name].limited += 1
            log.append(f"{exc.client} limited ({exc.retry_after:.2f})")
            await asyncio.sleep(exc.retry_after)
        await asyncio.sleep(pause)
    return log


async def main():
    logs = await asyncio.gather(
        client_loop("mobile", 8, 0.05),
        client_loop("web", 6, 0.2),
        client_loop("batch", 5, 0.0),
    )
    for name, log in zip(["mobile", "web", "batch"], logs):
        print(name.center(20, "="))
        for line in log:
            print("  " + line)
    print()
    for name in sorted(stats, key=lambda k: stats[k].ok, reverse=True):
        print(f"{name:>8} | {stats[name]}")
    print("tokens available:", bucket.available)
    totals = Counter({k: v.ok for k, v in stats.items()})
    print(totals.most_common(2), sum(totals.values()))
    try:
        bucket.extra = 1
    except AttributeError as exc:
        print("slots:", exc)
    print(f"elapsed {time.monotonic():.2f}")


asyncio.run(main())
