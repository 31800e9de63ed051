"""Health checks with generator expressions: short-circuiting, laziness, and
the first iterable evaluated where the expression stands."""
import asyncio

SERVICES = ["auth", "db", "cache", "queue", "search"]
DOWN = {"cache", "search"}


def probe(name):
    print("  probing", name)
    return name not in DOWN


def services(label):
    print("  listing services for", label)
    return SERVICES


def weights():
    print("  loading weights")
    return [1, 2, 3]



async def check_cluster(name, delay):
    await asyncio.sleep(delay)
    print(name, "all up?")
    ok = all(probe(s) for s in services(name))
    print(name, "->", ok)
    print(name, "any down?")
    bad = any(not probe(s) for s in SERVICES)
    print(name, "->", bad)
    return ok


async def main():
    print("creating generator")
    g = (probe(s) for s in services("lazy"))
    print("created:", type(g).__name__, g.__qualname__)
    print("first value:", next(g))
    print("rest:", list(g))
    print("again:", list(g))

    print("nested, second iterable re-evaluated per outer item:")
    pairs = ((s, w) for s in SERVICES[:2] for w in weights() if w != 2)
    print(" before consuming")
    for p in pairs:
        print(" pair", p)

    results = await asyncio.gather(check_cluster("east", 0.2), check_cluster("west", 0.1))
    print("results", results)

    up = [s for s in SERVICES if s not in DOWN]
    print("total:", sum(len(s) for s in up))
    print("longest:", max((len(s), s) for s in up))
    print("joined:", ", ".join(s.upper() for s in up if len(s) > 2))
    print("by length:", sorted((s for s in SERVICES), key=len))
    print("dict:", dict((s, len(s)) for s in up))
    print("zipped:", list(zip(SERVICES, (i * i for i in range(10)))))
    it = iter(s for s in "ab")
    print("iter is itself:", type(it).__name__, next(it), next(it), next(it, "end"))

    try:
        print(sum(10 // n for n in [5, 2, 0, 1]))
    except ZeroDivisionError as e:
        print("caught:", e)
    try:
        g2 = (x for x in 42)
    except TypeError as e:
        print("caught at creation:", e)


asyncio.run(main())
