import asyncio


def make_counter_class(start, step):
    label = f"step{step}"

    class Counter:
        total = start

        def __init__(self):
            self.n = start

        def bump(self):
            self.n += step
            Counter.total += step
            return self.n

        def __repr__(self):
            return f"Counter[{label}]({self.n})"

    class Loud(Counter):
        def bump(self):
            v = super().bump()
            print("bumped", v)
            return v

    return Counter, Loud


async def spawn(k):
    C, L = make_counter_class(k, k + 1)
    c, l = C(), L()
    c.bump()
    l.bump()
    await asyncio.sleep(0.01 * k)

    class Local:
        def __init__(self, x):
            self.x = x

        async def get(self):
            await asyncio.sleep(0)
            return self.x * k

    return c, l, C.total, await Local(k).get(), C.__qualname__, Local.__qualname__


async def main():
    for r in await asyncio.gather(*(spawn(k) for k in range(3))):
        print(r)

asyncio.run(main())
