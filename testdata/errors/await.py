import asyncio


def plain():
    x = await asyncio.sleep(1)  # ERROR "'await' outside async function"
    return x


f = lambda: await asyncio.sleep(0)  # ERROR "'await' outside async function"


def plain_with():
    async with asyncio.Lock():  # ERROR "'async with' outside async function"
        pass


def plain_comp(xs):
    return [await x for x in xs]  # ERROR "asynchronous comprehension outside of an asynchronous function"


async def inner_lambda():
    g = lambda: await asyncio.sleep(0)  # ERROR "'await' outside async function"
    return g


async def fine():
    await asyncio.sleep(0)
    return [await asyncio.sleep(0, r) for r in range(3)]


async def genexp_await(xs):
    return list(await x for x in xs)  # ERROR "'await' inside a generator expression is not supported"
