# for loops that await while iterating strs, tuples, ranges, dicts and iterators
# (the step form keeps an explicit iterator across each suspension).
import asyncio

async def main():
    out = []
    for c in "héllo":
        await asyncio.sleep(0)
        out.append(c)
    for t in (1, "a", None):
        await asyncio.sleep(0)
        out.append(t)
    for r in range(10, 0, -3):
        await asyncio.sleep(0)
        out.append(r)
    for k in {"x": 1, "y": 2}:
        await asyncio.sleep(0)
        out.append(k)
    it = iter([1, 2, 3])
    print(next(it), type(iter("ab")).__name__, type(iter((1,))).__name__, type(iter(range(2))).__name__)
    for v in it:
        await asyncio.sleep(0)
        out.append(v)
    print(out)

asyncio.run(main())
