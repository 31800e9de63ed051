import asyncio

type = 1
type_ = 2
type__ = 3
café = 4
cafe = 5
caf_ = 6
_ = 8
__ = 9
_0 = 10
x_py = 11
print(type, type_, type__, café, cafe, caf_, _, __, _0, x_py)


def f(co, py, rt, args, kw, bound):
    return co + py + rt + args + kw + bound


async def g(co):
    await asyncio.sleep(0)
    return co


print(f(1, 2, 3, 4, 5, 6), asyncio.run(g(7)))
