# A small ledger written without awaits in its expressions: the same
# positions as order_await_positions, evaluated synchronously, in CPython's
# order (the value of an assignment before its target, left operand of
# `in` first, keyword arguments after positional ones).
import asyncio


def mark(tag, value):
    print(f"  eval {tag}")
    return value


class Ledger:
    def __init__(self):
        self.accounts = {"cash": 10, "bank": 20}
        self.entries = []
        self.total = 0

    def post(self, account, amount, *rest, memo="", **tags):
        print(f"  post {account} {amount} {rest} {memo!r} {sorted(tags)}")
        self.entries.append((account, amount))
        return len(self.entries)

    def __getitem__(self, key):
        print(f"  get {key}")
        return self.accounts[key]

    def __setitem__(self, key, value):
        print(f"  set {key} = {value}")
        self.accounts[key] = value


def run_ledger():
    led = Ledger()
    print("assignment targets:")
    led[mark("target", "cash")] = mark("value", 15)
    a, led.total = mark("pair", (1, 2))
    grid = [[0, 0], [0, 0]]
    grid[mark("row", 1)][mark("col", 0)] = mark("cell", 9)
    print(grid, a, led.total)

    print("augmented assignment:")
    led[mark("aug-key", "bank")] += mark("aug-value", 5)
    print(led.accounts)

    print("calls with * and **:")
    led.post(mark("acct", "cash"), *mark("star", [1, 2]), memo=mark("memo", "rent"), **mark("kw", {"q": 1}))

    print("comparisons and in:")
    print(mark("needle", 3) in mark("hay", [1, 2, 3]))
    print(mark("a", 1) < mark("b", 2) > mark("c", 0))
    print(mark("x", 3) < mark("y", 2) < mark("z", 9))

    print("literals and slices:")
    print({mark("k", 1): mark("v", 2), **mark("rest", {3: 4})})
    print([mark("p", 1), *mark("q", (2, 3))][mark("lo", 0):mark("hi", 2)])

    print("f-string:")
    print(f"{mark('first', 1)}-{mark('second', 2.5):.2f}-{mark('third', 'x')!r}")

    print("short-circuit and conditional:")
    print(mark("l", 0) and mark("never", 1), mark("l2", "") or mark("r2", "yes"))
    print(mark("then", "T") if mark("cond", 1) else mark("else", "E"))
    return led


async def main():
    led = run_ledger()
    await asyncio.sleep(0)
    print(led.entries, led.accounts)


asyncio.run(main())
