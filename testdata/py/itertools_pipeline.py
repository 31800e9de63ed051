"""A batch pipeline built from itertools: lazy stages feeding asyncio workers."""
import asyncio
import itertools


def log_source(items):
    for item in items:
        print(f"  source yields {item!r}")
        yield item


async def process(batch_no, batch):
    await asyncio.sleep(0.01 * len(batch))
    return batch_no, sum(batch)


async def main():
    ids = itertools.count(100, 5)
    print(next(ids), next(ids), repr(ids))
    stream = itertools.islice(log_source(range(20)), 2, 12, 3)
    print("islice made; nothing pulled yet")
    print("picked", list(stream))

    numbers = list(range(1, 11))
    batches = []
    it = iter(numbers)
    while True:
        batch = list(itertools.islice(it, 3))
        if not batch:
            break
        batches.append(batch)
    results = await asyncio.gather(*(process(i, b) for i, b in enumerate(batches)))
    print("batch sums", results)

    print("running total", list(itertools.accumulate([3, 1, 4, 1, 5])))
    print("running max", list(itertools.accumulate([3, 1, 4, 1, 5], max)))
    print("with initial", list(itertools.accumulate([1, 2, 3], lambda a, b: a * b, initial=10)))
    print("chain", list(itertools.chain("ab", [1, 2], *[(3,), (4, 5)])))
    print("from_iterable", list(itertools.chain.from_iterable(["xy", "z"])))
    print("cycle", list(itertools.islice(itertools.cycle("abc"), 7)))
    print("repeat", list(itertools.repeat("ok", 3)), repr(itertools.repeat(0, 2)))
    print("compress", list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])))
    print("dropwhile", list(itertools.dropwhile(lambda x: x < 3, [1, 2, 3, 4, 1])))
    print("takewhile", list(itertools.takewhile(lambda x: x < 3, [1, 2, 3, 4, 1])))
    print("filterfalse", list(itertools.filterfalse(lambda x: x % 2, range(8))), list(itertools.filterfalse(None, [0, 1, "", "a"])))
    print("starmap", list(itertools.starmap(pow, [(2, 5), (3, 2)])))
    print("pairwise", list(itertools.pairwise("abcd")))
    print("zip_longest", list(itertools.zip_longest("ab", [1, 2, 3], fillvalue="-")))
    events = [("db", 1), ("db", 2), ("api", 3), ("db", 4), ("api", 5), ("api", 6)]
    for key, group in itertools.groupby(events, key=lambda e: e[0]):
        print("group", key, [v for _, v in group])
    for key, group in itertools.groupby(sorted("mississippi")):
        print(key, len(list(group)), end="; ")
    print()
    a, b = itertools.tee(log_source([1, 2, 3]))
    print("tee a", next(a), next(a), "tee b", list(b), "tee a rest", list(a))
    print("product", list(itertools.product("ab", [0, 1])), len(list(itertools.product(range(3), repeat=3))))
    print("permutations", list(itertools.permutations([1, 2, 3], 2)))
    print("permutations all", ["".join(p) for p in itertools.permutations("abc")])
    print("combinations", list(itertools.combinations("abcd", 2)))
    print("with replacement", list(itertools.combinations_with_replacement("abc", 2)))
    print("edge", list(itertools.combinations("ab", 3)), list(itertools.permutations("ab", 0)), list(itertools.product()))
    print(type(itertools.chain()).__name__, type(itertools.islice("a", 1)).__name__)
    for bad in [lambda: itertools.islice([1, 2], -1), lambda: itertools.islice([1], 0, 2, 0),
                lambda: itertools.combinations("ab", -1), lambda: itertools.tee([], -1)]:
        try:
            bad()
        except ValueError as exc:
            print("ValueError:", exc)
    try:
        list(itertools.chain([1], 5))
    except TypeError as exc:
        print("TypeError:", exc)


asyncio.run(main())
