import asyncio

café = 1; 变量 = 2
π = 3.14


async def naïve(名前, ñ):
    await asyncio.sleep(0)
    return f"{名前}-{ñ}"


async def main():
    Δ = café + 变量
    print(café, 变量, π, Δ)
    print(await naïve("x", 1), await naïve(名前="y", ñ=5))
    ελληνικά = [naïve(str(i), i) for i in range(3)]
    print(await asyncio.gather(*ελληνικά))


asyncio.run(main())
