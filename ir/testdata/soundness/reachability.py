# Lists reached through other values: loops, max, choice, sorted, exceptions, queues.
import asyncio
import random

lists = [[1], [2, 3]]
for l in lists:
    l.append("s")
inner = [[1.5], [2.5]]
max(inner, key=len).append(None)
pool = [[True]]
random.choice(pool).append(0)
srt = [[10], [5]]
sorted(srt)[0].append("x")
vals = {"a": [1]}
list(vals.values())[0].append("y")
box = [1]
try:
    raise ValueError(box)
except ValueError as e:
    e.args[0].append("z")
cond = len(lists) > 1
xs, ys = [1], [2]
z = xs if cond else ys
z.append("w")
rows = [[0]] * 2
rows[0].append("q")


async def main():
    q = asyncio.Queue()
    item = [1]
    await q.put(item)
    got = await q.get()
    got.append("g")
    fs = {"double": lambda v: v * 2}
    print(fs["double"](21), item)


asyncio.run(main())
print(lists, inner, pool, srt, vals, box, xs, ys, rows)
