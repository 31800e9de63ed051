# The step form splits at awaits among call arguments and awaits assigned to
# any targets: arguments before an await are evaluated before it, those
# after it after it; targets are stored after the await.
import asyncio

log = []


def note(x):
    log.append(x)
    return x


def combine(a, b, c=3, *rest, k=None):
    return (a, b, c, rest, k)


async def val(x, delay=0):
    await asyncio.sleep(delay)
    note(("val", x))
    return x


class Box(Exception):
    pass


async def steps():
    t = asyncio.create_task(val(5, 0.1))
    print("awaited:", await t, t.done())
    print(note("a"), await val("b"), note("c"), await val("d"), note("e"))
    print(log)
    x, y = await val((1, 2))
    print(x, y)
    d = {}
    d["k"], d["j"] = await val("ab")
    print(d)
    a = b = await val(9)
    box = Box()
    box.attr = await val("attr")
    print(a, b, box.attr)
    first, *rest = await val([1, 2, 3])
    print(first, rest)
    r = combine(await val(1), await val(2), k=await val("kw"))
    print(r)
    print(await val([1, 2, 3]), await asyncio.gather(val(1), val(2)))
    c = asyncio.create_task(await val(val("inner")))
    print(await c)
    asyncio.sleep(await val(0))
    return combine(0, await val(1))


async def bad_unpack():
    x, y = await val((1, 2, 3))


async def main():
    print(await steps())
    try:
        await bad_unpack()
    except ValueError as e:
        print("unpack:", e)


asyncio.run(main())
