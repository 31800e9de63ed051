"""Warehouse pickers: each task picks items into a Counter; the checker
compares picks with orders using Counter's multiset comparisons (missing
items count as zero)."""
import asyncio
from collections import Counter


async def picker(name, shelf, wants, delay):
    await asyncio.sleep(delay)
    picked = Counter()
    for item, n in wants.items():
        take = min(n, shelf[item])
        shelf[item] -= take
        picked[item] += take
    return name, picked


async def main():
    shelf = Counter(apples=5, pears=2, plums=0, figs=7)
    orders = {
        "ana": Counter(apples=3, figs=1),
        "ben": Counter(apples=3, pears=1, plums=0),
        "cy": Counter(pears=2, figs=2, kiwis=0),
    }
    picks = await asyncio.gather(*(picker(n, shelf, o, 0.01 * i) for i, (n, o) in enumerate(orders.items())))
    for name, picked in picks:
        want = orders[name]
        status = "complete" if picked == want else ("short" if picked < want else "over?")
        print(f"{name}: picked={dict(picked)} want={dict(want)} -> {status}",
              picked <= want, picked >= want, picked > Counter(), want != picked)
    print("shelf left", shelf, shelf == Counter(figs=4, pears=0, apples=0, plums=0))
    print("zero counts equal", Counter(a=1, b=0) == Counter(a=1), Counter(a=1) == {"a": 1}, Counter(a=1, b=0) == {"a": 1})
    print("negatives", Counter(a=-1) < Counter(), Counter(a=-1) <= Counter(a=-1), Counter() >= Counter(x=-2))
    try:
        Counter(a=1) <= {"a": 1}
    except TypeError as e:
        print("TypeError:", e)
    try:
        Counter(a=1) > 0
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
