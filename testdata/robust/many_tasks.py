import asyncio


async def one(i):
    await asyncio.sleep(i % 7 * 0.01)
    return i


async def main():
    results = await asyncio.gather(*[one(i) for i in range(10000)])
    print(len(results), sum(results))


asyncio.run(main())
