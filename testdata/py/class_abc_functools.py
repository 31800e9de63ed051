import asyncio
import functools
from abc import ABC, abstractmethod


def timed(fn):
    @functools.wraps(fn)
    async def wrapper(*args, **kwargs):
        loop = asyncio.get_running_loop()
        start = loop.time()
        try:
            return await fn(*args, **kwargs)
        finally:
            print(f"{fn.__name__} took {loop.time() - start:.2f}s")
    return wrapper


class Storage(ABC):
    @abstractmethod
    async def read(self, key):
        """Read a key."""

    @abstractmethod
    def close(self):
        ...

    def describe(self):
        return f"{type(self).__name__} storage"


class MemoryStorage(Storage):
    def __init__(self):
        self.data = {"a": 1}
        self.computed = 0

    @timed
    async def read(self, key):
        """Read from memory."""
        await asyncio.sleep(0.25)
        return self.data.get(key)

    def close(self):
        self.data.clear()

    @functools.cached_property
    def size(self):
        self.computed += 1
        return len(self.data) * 100


class Half(Storage):
    def close(self):
        pass


@functools.total_ordering
class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor

    def __eq__(self, other):
        return (self.major, self.minor) == (other.major, other.minor)

    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)

    def __repr__(self):
        return f"v{self.major}.{self.minor}"


async def main():
    s = MemoryStorage()
    print(await s.read("a"), s.describe(), s.read.__name__, s.read.__doc__, s.read.__wrapped__.__qualname__)
    print(s.size, s.size, s.computed, isinstance(s, Storage))
    for cls in (Storage, Half):
        try:
            cls()
        except TypeError as e:
            print(e)
    vs = [Version(1, 2), Version(0, 9), Version(1, 0)]
    print(sorted(vs), Version(1, 0) <= Version(1, 0), Version(2, 0) > Version(1, 9), Version(1, 0) >= Version(1, 1))
    print(max(vs), min(vs), Storage.read.__isabstractmethod__)
    s.close()
    print(await asyncio.gather(s.read("a"), s.read("b")))

asyncio.run(main())
