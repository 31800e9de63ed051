"""Iterator classes: a countdown with __iter__/__next__, a batching
iterator, an iterable whose __iter__ is a generator, and __getitem__-only
sequences, feeding async workers."""
import asyncio


class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


class Batches:
    def __init__(self, items, size):
        self._it = iter(items)
        self.size = size

    def __iter__(self):
        return self

    def __next__(self):
        batch = []
        for item in self._it:
            batch.append(item)
            if len(batch) == self.size:
                break
        if not batch:
            raise StopIteration
        return batch


class Playlist:
    def __init__(self, *songs):
        self.songs = list(songs)

    def __iter__(self):
        for i, song in enumerate(self.songs, 1):
            yield f"{i}. {song}"

    def __len__(self):
        return len(self.songs)


class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i


async def process(batch):
    await asyncio.sleep(0.01 * len(batch))
    return sum(batch)


async def main():
    print(list(Countdown(4)), sum(Countdown(10)))
    c = Countdown(2)
    print(next(c), next(c), next(c, "liftoff"))
    print(iter(c) is c)

    totals = await asyncio.gather(*(process(b) for b in Batches(range(1, 11), 4)))
    print("batch totals:", totals)

    p = Playlist("intro", "theme", "outro")
    print(list(p), len(p))
    for line, n in zip(p, Countdown(2)):
        print(n, line)
    print("theme" in p.songs, "1. intro" in p)

    print(list(Squares()), 9 in Squares(), max(Squares()))
    print(sorted(Countdown(3)), tuple(map(str, Countdown(3))), dict(enumerate(Countdown(2))))
    it = iter(Squares())
    print(type(it).__name__, next(it), next(it))

    async def consume(source):
        out = []
        for item in source:
            out.append(item)
            await asyncio.sleep(0)
        return out

    print(await asyncio.gather(consume(Countdown(3)), consume(Playlist("a", "b"))))
    try:
        next(Playlist("x"))
    except TypeError as e:
        print("TypeError:", e)
    try:
        for _ in 5:
            pass
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
