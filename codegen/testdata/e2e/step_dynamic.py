# Step coroutines as *py.Function values (a def bound twice, a def in a loop,
# defaults, *args, keyword-only): handler regions inside bound bodies.
import asyncio

async def work(n):
    try:
        await asyncio.sleep(0)
        if n == 2:
            raise ValueError(n)
        return n
    except ValueError:
        return -n
    finally:
        print("done", n)

work2 = work

async def work(n, *rest, k=1):
    total = n
    for r in rest:
        total += await asyncio.sleep(0, r)
    async with asyncio.Lock():
        return total * k

async def main():
    print(await work2(1), await work2(2))
    print(await work(1, 2, 3, k=10))
    inner = None
    for i in range(2):
        async def inner(x=i):
            try:
                return await asyncio.sleep(0, x)
            finally:
                print("inner finally", x)
        print(await inner())
    print(await asyncio.gather(*(inner(j) for j in range(3))))

asyncio.run(main())
