# An order-book service whose lookups are async: every expression position
# holds an await next to side-effecting calls, and the log shows CPython's
# evaluation order.
import asyncio

trace = []
fills = 0


def mark(tag, value):
    trace.append(tag)
    print(f"  eval {tag}")
    return value


async def quote(symbol, price):
    print(f"  await quote({symbol})")
    await asyncio.sleep(0.01)
    return price


async def lookup(tag, value):
    print(f"  await {tag}")
    await asyncio.sleep(0)
    return value


class Book:
    def __init__(self, name):
        self.name = name
        self.levels = {}
        self.volume = 0

    def add(self, side, price, qty=1, **extra):
        print(f"  add {side} {price} x{qty} {sorted(extra.items())}")
        self.levels.setdefault(side, []).append((price, qty))
        return len(self.levels[side])

    def __repr__(self):
        return f"Book({self.name}, {self.levels}, volume={self.volume})"


async def rival(book):
    # Runs while main is suspended: main must not see these changes in
    # operands it evaluated before suspending.
    global fills
    await asyncio.sleep(0)
    fills += 100
    book.volume += 1000


async def main():
    global fills
    book = Book("ACME")
    task = asyncio.create_task(rival(book))

    print("call arguments:")
    n = book.add(mark("side", "bid"), await quote("ACME", 101.5), qty=mark("qty", 3))
    print("levels:", n)

    print("operands read before a suspension:")
    total = fills + await lookup("fills", 5)
    print("total:", total, "fills now:", fills)

    print("binary operators:")
    spread = mark("ask", 103.0) - await quote("ACME", 101.5) * mark("scale", 1)
    print("spread:", spread)

    print("subscript target (value first):")
    prices = {}
    prices[mark("key", "ACME")] = await quote("ACME", 99.0)
    prices[await lookup("key2", "EMCA")] = mark("value2", 42.0)
    print(prices)

    print("slices:")
    ladder = [100, 101, 102, 103, 104, 105]
    print(ladder[mark("lo", 1):await lookup("hi", 5):mark("step", 2)])

    print("literals:")
    snapshot = {mark("k1", "bid"): await lookup("v1", 1), mark("k2", "ask"): mark("v2", 2)}
    levels = [mark("l0", 0), *mark("mid", [1, 2]), await lookup("l3", 3)]
    pair = (mark("t0", "x"), await lookup("t1", "y"))
    print(snapshot, levels, pair)

    print("comparisons and membership:")
    print(mark("needle", "ACME") in await lookup("universe", ["ACME", "EMCA"]))
    print(mark("low", 1) < await lookup("mid", 2) < mark("high", 3))
    print(mark("low", 5) < await lookup("mid", 2) < mark("high", 3))

    print("conditional expression and short-circuits:")
    side = (await lookup("then", "buy")) if mark("cond", False) else mark("else", "sell")
    skipped = mark("left", 0) and await lookup("never", 1)
    taken = mark("left", 0) or await lookup("right", 2)
    print(side, skipped, taken)

    print("f-strings:")
    print(f"{mark('f1', book.name)!r:>8}|{await quote('ACME', 100):7.2f}|{mark('f3', 'end')}")

    print("augmented assignments:")
    fills += await lookup("fill", 7)
    book.volume += await lookup("volume", 3)
    prices[mark("which", "ACME")] += await lookup("bump", 1.0)
    print(fills, book.volume, prices)

    print("comprehensions:")
    quotes = [await quote(s, p) for s, p in [("A", 1), ("B", 2), ("C", 3)] if mark(s, s != "B")]
    table = {s: await lookup(s, len(s)) for s in ("xx", "yyy")}
    print(quotes, table)

    print("calls with * and **:")
    book.add(*mark("args", ["ask"]), await quote("ACME", 104), **await lookup("extra", {"venue": "X"}))

    print("while condition:")
    rounds = 0
    while await lookup(f"round {rounds}", rounds < 2):
        rounds += 1
    else:
        print("rounds:", rounds)

    await task
    print(book)
    result = await lookup("result", "ok") + mark("suffix", "!")
    print("trace:", " ".join(trace))
    return result


print(asyncio.run(main()))
