"""Market tickers as async generators, consumed by tasks that interleave."""
import asyncio

PRICES = {"ACME": [10, 11, 9, 12], "INIT": [100, 98], "BOLT": [5, 6, 7]}


async def ticker(symbol, delay):
    for i, price in enumerate(PRICES[symbol]):
        await asyncio.sleep(delay)
        yield symbol, i, price
    print(f"  [{symbol}] feed closed")


async def moving_average(source, window):
    recent = []
    async for symbol, i, price in source:
        recent.append(price)
        if len(recent) > window:
            recent.pop(0)
        yield symbol, round(sum(recent) / len(recent), 2)


async def watch(symbol, delay):
    seen = []
    async for sym, avg in moving_average(ticker(symbol, delay), 2):
        print(f"{sym} avg {avg}")
        seen.append(avg)
    else:
        print(f"{symbol}: stream done")
    return symbol, seen


async def first_above(symbol, limit):
    async for sym, i, price in ticker(symbol, 0.05):
        if price > limit:
            return f"{sym} crossed {limit} at tick {i}"
    return f"{symbol} never crossed {limit}"


async def main():
    results = await asyncio.gather(watch("ACME", 0.2), watch("INIT", 0.3), watch("BOLT", 0.25))
    for symbol, seen in results:
        print(symbol, seen)
    print(await first_above("ACME", 10))
    print(await first_above("INIT", 200))
    gen = ticker("BOLT", 0.1)
    print(type(gen).__name__, gen.__name__, gen.__qualname__)
    print("first tick:", await gen.__anext__())
    print("closing:", await gen.aclose())
    left = []
    async for tick in gen:
        left.append(tick)
    print("after close:", left)
    try:
        async for tick in ticker("NOPE", 0.1):
            print(tick)
    except KeyError as e:
        print("unknown symbol", e)


asyncio.run(main())
