"""Storage backends behind an abstract base class with abstract async
methods: incomplete subclasses cannot be instantiated, and a concrete
template method calls the subclass hooks."""
import asyncio
from abc import ABC, abstractmethod


class Storage(ABC):
    def __init__(self, name):
        self.name = name
        self.ops = 0

    @abstractmethod
    async def read(self, key):
        ...

    @abstractmethod
    async def write(self, key, value):
        ...

    @property
    @abstractmethod
    def kind(self):
        ...

    async def copy(self, key, other):
        value = await self.read(key)
        await other.write(key, value)
        self.ops += 1
        return f"{self.kind}:{self.name} -> {other.kind}:{other.name} {key}={value!r}"


class Memory(Storage):
    kind = "mem"

    def __init__(self, name, data=None):
        super().__init__(name)
        self.data = dict(data or {})

    async def read(self, key):
        await asyncio.sleep(0)
        return self.data[key]

    async def write(self, key, value):
        await asyncio.sleep(0)
        self.data[key] = value


class SlowDisk(Memory):
    @property
    def kind(self):
        return "disk"

    async def read(self, key):
        await asyncio.sleep(0.05)
        return await super().read(key)


class WriteOnly(Storage):
    async def write(self, key, value):
        pass

    kind = "wo"


async def main():
    mem = Memory("m1", {"a": 1, "b": [2, 3]})
    disk = SlowDisk("d1", {"c": "three"})
    print(await mem.copy("a", disk))
    print(await disk.copy("c", mem))
    results = await asyncio.gather(mem.copy("b", disk), disk.copy("a", mem), return_exceptions=True)
    print(results)
    print(sorted(mem.data), sorted(disk.data), mem.ops, disk.ops)
    try:
        await mem.copy("zzz", disk)
    except KeyError as e:
        print("KeyError:", e)
    for cls in (Storage, WriteOnly):
        try:
            cls("x")
        except TypeError as e:
            print("TypeError:", e)
    print(isinstance(disk, Storage), issubclass(WriteOnly, ABC), sorted(Storage.__abstractmethods__))
    print(sorted(WriteOnly.__abstractmethods__), SlowDisk.__abstractmethods__ == frozenset())


asyncio.run(main())
