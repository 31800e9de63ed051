import asyncio
import random


async def simulate(name, rate):
    total = 0.0
    for _ in range(3):
        gap = random.expovariate(rate)
        await asyncio.sleep(gap)
        total += gap
    return name, total


async def main():
    random.seed(1234)
    print(random.normalvariate(), random.normalvariate(10, 2.5), random.lognormvariate(0, 0.5))
    print(random.triangular(), random.triangular(1, 5), random.triangular(0, 10, 8), random.triangular(3, 3, 3))
    print([round(random.gammavariate(a, 2.0), 12) for a in (0.5, 1.0, 3.0)])
    print(random.betavariate(2, 5), random.betavariate(0.5, 0.5), random.paretovariate(3), random.weibullvariate(1, 1.5))
    print(random.choices("abc", k=5), random.choices(["x", "y", "z"], weights=[1, 0, 5], k=6))
    print(random.choices(range(10), cum_weights=[1, 2, 3, 4, 5, 6, 7, 8, 9, 10.5], k=4))
    deck = list(range(10))
    random.shuffle(deck)
    print(deck, random.sample(deck, 3), random.sample(range(1000), 4))
    results = await asyncio.gather(*(simulate(f"node{i}", 2.0 + i) for i in range(3)))
    for name, total in sorted(results, key=lambda r: r[1]):
        print(name, total)
    for bad in [lambda: random.choices([1, 2], [1], k=2), lambda: random.choices([1], 3),
                lambda: random.gammavariate(-1, 1), lambda: random.choices([1, 2], weights=[0, 0]),
                lambda: random.choices([1], weights=[1], cum_weights=[1])]:
        try:
            bad()
        except (ValueError, TypeError) as exc:
            print(type(exc).__name__, exc)


asyncio.run(main())
