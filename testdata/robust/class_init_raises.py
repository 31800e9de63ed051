import asyncio


class Broken:
    def __init__(self, n):
        if n > 1:
            raise ValueError(f"bad n {n}")
        self.n = n

    def __repr__(self):
        return f"Broken({self.n})"


class BadStr:
    def __str__(self):
        return 42


async def build(n):
    await asyncio.sleep(0.01)
    return Broken(n)


async def main():
    print(await build(1))
    try:
        print(str(BadStr()))
    except TypeError as e:
        print("caught", e)
    results = await asyncio.gather(build(1), build(2), return_exceptions=True)
    print(results)
    await build(3)

asyncio.run(main())
