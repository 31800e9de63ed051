"""A circuit breaker guarding a flaky downstream, with a retry decorator and metrics."""
import asyncio
import functools
import logging
import time
from collections import Counter, deque
from enum import Enum
from typing import Awaitable, Callable, TypeVar

T = TypeVar("T")

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s", datefmt="%H:%M:%S")
log = logging.getLogger("breaker")


class BreakerState(str, Enum):
    CLOSED = "closed"
    OPEN = "open"
    HALF_OPEN = "half-open"


class CircuitOpenError(RuntimeError):
    def __init__(self, name: str, retry_in: float):
        super().__init__(f"circuit {name} is open; retry in {retry_in:.2f}s")
        self.retry_in = retry_in


class DownstreamError(Exception):
    def __init__(self, code: int, message: str):
        super().__init__(code, message)
        self.code = code
        self.message = message

    def __str__(self):
        return f"[{self.code}] {self.message}"


class CircuitBreaker:
    def __init__(self, name: str, failure_threshold: int = 3, reset_timeout: float = 1.0):
        self.name = name
        self.failure_threshold = failure_threshold
        self.reset_timeout = reset_timeout
        self._state = BreakerState.CLOSED
        self._failures = 0
        self._opened_at = 0.0
        self.transitions = []

    @property
    def state(self) -> BreakerState:
        if self._state is BreakerState.OPEN and time.monotonic() - self._opened_at >= self.reset_timeout:
            self._set(BreakerState.HALF_OPEN)
        return self._state

    def _set(self, new: BreakerState) -> None:
        if new is not self._state:
            self.transitions.append((round(time.monotonic(), 2), self._state.value, new.value))
            log.info("%s: %s -> %s", self.name, self._state.value, new.value)
            self._state = new

    async def call(self, func: Callable[..., Awaitable[T]], *args, **kwargs) -> T:
        state = self.state
        if state is BreakerState.OPEN:
            remaining = self.reset_timeout - (time.monotonic() - self._opened_at)
            raise CircuitOpenError(self.name, remaining)
        try:
            result = await func(*args, **kwargs)
        except DownstreamError:
            self._failures += 1
            if state is BreakerState.HALF_OPEN or self._failures >= self.failure_threshold:
                self._opened_at = time.monotonic()
                self._set(BreakerState.OPEN)
            raise
        else:
            self._failures = 0
            self._set(BreakerState.CLOSED)
            return result

    def __repr__(self):
        return f"<CircuitBreaker {self.name} state={self._state.value} failures={self._failures}>"


def retry(times: int = 3, delay: float = 0.1, exceptions=(Exception,)):
    def decorator(func):
        @functools.wraps(func)
        async def wrapper(*args, **kwargs):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return await func(*args, **kwargs)
                except exceptions as exc:
                    last = exc
                    log.warning("%s attempt %d/%d failed: %s", func.__name__, attempt, times, exc)
                    await asyncio.sleep(delay * attempt)
            raise last
        wrapper.retries = times
        return wrapper
    return decorator


class FlakyService:
    def __init__(self, pattern: str):
        self.pattern = deque(pattern)
        self.calls = Counter()

    async def fetch(self, key: str) -> str:
        await asyncio.sleep(0.05)
        outcome = self.pattern.popleft() if self.pattern else "ok"
        self.calls[outcome] += 1
        if outcome == "fail":
            raise DownstreamError(503, f"unavailable for {key}")
        return f"value-of-{key}"


async def main():
    service = FlakyService(["ok", "fail", "fail", "fail", "fail", "ok", "ok", "fail", "ok"])
    breaker = CircuitBreaker("inventory", failure_threshold=3, reset_timeout=0.5)

    @retry(times=2, delay=0.2, exceptions=(DownstreamError,))
    async def guarded(key):
        """Fetch through the breaker."""
        return await breaker.call(service.fetch, key)

    print(guarded.__name__, guarded.__doc__, guarded.retries)
    results = {}
    for i, key in enumerate(["a", "b", "c", "d", "e", "f"]):
        try:
            results[key] = await guarded(key)
        except CircuitOpenError as exc:
            results[key] = f"open ({exc.retry_in:.2f}s)"
        except DownstreamError as exc:
            results[key] = f"error {exc.code}: {exc.message}"
        print(f"t={time.monotonic():5.2f} {key} -> {results[key]} {breaker!r}")
        await asyncio.sleep(0.15)

    await asyncio.sleep(0.6)
    print("after cooldown:", breaker.state, breaker.state.value, await guarded("z"))
    print("calls:", sorted(service.calls.items()))
    for when, old, new in breaker.transitions:
        print(f"  {when:>5}: {old:>9} -> {new}")
    print(BreakerState("open") is BreakerState.OPEN, BreakerState.OPEN == "open", f"{BreakerState.HALF_OPEN}")


asyncio.run(main())
