"""A TTL + LRU cache in front of a slow async backend, with stats and decorator caching."""
import asyncio
import functools
import time
from collections import OrderedDict, Counter
from dataclasses import dataclass
from typing import Any, Awaitable, Callable, Dict, Generic, Hashable, Optional, Tuple, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


@dataclass
class CacheStats:
    hits: int = 0
    misses: int = 0
    evictions: int = 0
    expirations: int = 0

    @property
    def hit_ratio(self) -> float:
        total = self.hits + self.misses
        return self.hits / total if total else 0.0

    def __str__(self) -> str:
        return (f"hits={self.hits} misses={self.misses} evictions={self.evictions} "
                f"expired={self.expirations} ratio={self.hit_ratio:.1%}")


class TTLCache(Generic[K, V]):
    def __init__(self, capacity: int, ttl: float):
        self.capacity = capacity
        self.ttl = ttl
        self._data: "OrderedDict[K, Tuple[float, V]]" = OrderedDict()
        self.stats = CacheStats()
        self._locks: Dict[K, asyncio.Lock] = {}

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        entry = self._data.get(key)
        return entry is not None and entry[0] > time.monotonic()

    def __repr__(self):
        keys = ", ".join(map(str, self._data))
        return f"TTLCache([{keys}], {len(self)}/{self.capacity})"

    def get(self, key: K) -> Optional[V]:
        entry = self._data.get(key)
        if entry is None:
            self.stats.misses += 1
            return None
        expires, value = entry
        if expires <= time.monotonic():
            del self._data[key]
            self.stats.expirations += 1
            self.stats.misses += 1
            return None
        self._data.move_to_end(key)
        self.stats.hits += 1
        return value

    def put(self, key: K, value: V) -> None:
        self._data[key] = (time.monotonic() + self.ttl, value)
        self._data.move_to_end(key)
        while len(self._data) > self.capacity:
            evicted, _ = self._data.popitem(last=False)
            self.stats.evictions += 1

    async def get_or_load(self, key: K, loader: Callable[[K], Awaitable[V]]) -> V:
        value = self.get(key)
        if value is not None:
            return value
        lock = self._locks.setdefault(key, asyncio.Lock())
        async with lock:
            if key in self:
                return self._data[key][1]
            value = await loader(key)
            self.put(key, value)
            return value


backend_calls = Counter()


async def slow_backend(key: str) -> dict:
    backend_calls[key] += 1
    await asyncio.sleep(0.2)
    return {"key": key, "loaded_at": round(time.monotonic(), 2), "size": len(key) * 10}


def async_cached(cache: TTLCache):
    def decorator(fn):
        @functools.wraps(fn)
        async def wrapper(key):
            return await cache.get_or_load(key, fn)
        wrapper.cache = cache
        return wrapper
    return decorator


user_cache: TTLCache[str, dict] = TTLCache(capacity=3, ttl=1.0)


@async_cached(user_cache)
async def load_user(key: str) -> dict:
    return await slow_backend("user:" + key)


@functools.lru_cache(maxsize=4)
def permissions(role: str) -> frozenset:
    base = {"read"}
    if role in ("editor", "admin"):
        base.add("write")
    if role == "admin":
        base |= {"delete", "grant"}
    return frozenset(base)


async def request(name: str, delay: float):
    await asyncio.sleep(delay)
    user = await load_user(name)
    return f"{time.monotonic():.2f} {name}: loaded_at={user['loaded_at']}"


async def main():
    first = await asyncio.gather(*(request(n, 0) for n in ["ann", "bob", "ann", "ann", "cid"]))
    print("\n".join(first))
    print(user_cache, user_cache.stats)
    await asyncio.sleep(0.5)
    second = await asyncio.gather(request("dan", 0), request("bob", 0.1), request("ann", 0.2))
    print("\n".join(second))
    print(user_cache, "ann" in user_cache, "zed" in user_cache)
    await asyncio.sleep(1.2)
    third = await asyncio.gather(request("dan", 0), request("eve", 0))
    print("\n".join(third))
    print(user_cache.stats)
    print(sorted(backend_calls.items()), backend_calls.most_common(1))
    print(load_user.__name__, load_user.cache is user_cache, len(load_user.cache))
    for role in ["viewer", "editor", "admin", "editor", "viewer", "guest", "owner", "admin"]:
        print(f"{role:>7}: {sorted(permissions(role))}")
    print(permissions.cache_info())
    permissions.cache_clear()
    print(permissions.cache_info().currsize)


asyncio.run(main())
