import asyncio


class Timer:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return et is KeyError


class Conn:
    def __init__(self, pool, ident):
        self.pool = pool
        self.ident = ident

    async def __aenter__(self):
        await asyncio.sleep(0.1)
        self.pool.active += 1
        return self

    async def __aexit__(self, et, ev, tb):
        await asyncio.sleep(0.1)
        self.pool.active -= 1
        print("released", self.ident, et)
        return False


class Pool:
    def __init__(self):
        self.active = 0

    def conn(self, i):
        return Conn(self, i)


class Ticker:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await asyncio.sleep(0.05)
        self.i += 1
        return self.i


class Delayed:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        return asyncio.sleep(0.1, self.v).__await__()


async def main():
    with Timer("a") as t:
        print("inside", t.name)
    with Timer("b"):
        {}["x"]
    try:
        with Timer("c"):
            raise ValueError("no")
    except ValueError as e:
        print("caught", e)
    p = Pool()
    async with p.conn(1) as c:
        print("using", c.ident, p.active)
    try:
        async with p.conn(2):
            raise RuntimeError("boom")
    except RuntimeError as e:
        print("caught", e, p.active)
    async for i in Ticker(3):
        print("tick", i)
    print(await Delayed(42))

asyncio.run(main())
