import asyncio as aio
from asyncio import sleep as go, gather


async def worker(n, *, chan=None):
    await go(0.01 * n)
    return (n, chan)


async def main():
    print(await gather(*(worker(i, chan=str(i)) for i in range(3))))
    if (n := len([1, 2, 3])) > 2:
        print("walrus", n)
    first, *rest = [1, 2, 3, 4]
    print(first, rest, 1 < n <= 3 != 4)


if __name__ == "__main__":
    aio.run(main())
