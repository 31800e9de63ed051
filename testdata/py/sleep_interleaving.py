# Several tasks sleeping different amounts interleave in deadline order; the virtual clock jumps
# exactly to each deadline.
import asyncio

async def ticker(name, interval, count):
    loop = asyncio.get_running_loop()
    for i in range(count):
        await asyncio.sleep(interval)
        print(f"{loop.time():.2f} {name} tick {i}")
    return f"{name} done"

async def main():
    results = await asyncio.gather(
        ticker("fast", 0.1, 5),
        ticker("medium", 0.27, 2),
        ticker("slow", 0.45, 1),
    )
    print(results, asyncio.get_running_loop().time())

asyncio.run(main())
