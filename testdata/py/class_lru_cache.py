import asyncio


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self._data = {}
        self.hits = self.misses = 0

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return key in self._data

    def __getitem__(self, key):
        if key not in self._data:
            self.misses += 1
            raise KeyError(key)
        self.hits += 1
        value = self._data.pop(key)
        self._data[key] = value
        return value

    def __setitem__(self, key, value):
        self._data.pop(key, None)
        self._data[key] = value
        while len(self._data) > self.capacity:
            oldest = next(iter(self._data))
            del self._data[oldest]

    def __delitem__(self, key):
        del self._data[key]

    def __iter__(self):
        return iter(list(self._data))

    def __bool__(self):
        return True

    def __repr__(self):
        return f"LRUCache({list(self._data.items())})"


class Loader:
    def __init__(self, cache):
        self.cache = cache
        self.loads = 0

    async def get(self, key):
        try:
            return self.cache[key]
        except KeyError:
            await asyncio.sleep(0.01)
            self.loads += 1
            value = key.upper() * 2
            self.cache[key] = value
            return value


async def main():
    cache = LRUCache(3)
    print(bool(cache), len(cache))
    loader = Loader(cache)
    for keys in (["a", "b", "a"], ["c", "d", "a"], ["b", "e"]):
        print(await asyncio.gather(*(loader.get(k) for k in keys)))
        print(cache, len(cache), "a" in cache, list(cache))
    del cache["e"]
    try:
        del cache["zz"]
    except KeyError as e:
        print("missing", e)
    print(cache.hits, cache.misses, loader.loads, sorted(cache), [k for k in cache if k > "b"])
    print(cache["nope"])

asyncio.run(main())
