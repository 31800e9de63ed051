# Inventory reconciliation between two warehouses: dict views as sets, frozenset bundles,
# constant priority sets, and a ledger whose row ids live in a huge range.
import asyncio

WAREHOUSE_A = {101: 5, 102: 0, 103: 7, 205: 1, 309: 4}
WAREHOUSE_B = {102: 0, 103: 9, 205: 1, 404: 2}
BUNDLES = {frozenset({101, 103}), frozenset({205}), frozenset(), frozenset({102, 309, 404})}
LEDGER_IDS = range(10 ** 20, 10 ** 21, 7 * 10 ** 17)


async def audit(name, stock, delay):
    await asyncio.sleep(delay)
    return name, stock


def report(**fields):
    return ", ".join(f"{k}={v}" for k, v in fields.items())


async def main():
    results = await asyncio.gather(audit("A", WAREHOUSE_A, 0.02), audit("B", WAREHOUSE_B, 0.01))
    (_, a), (_, b) = results
    print("both:", a.keys() & b.keys(), "only A:", a.keys() - b.keys(), "any:", a.keys() | b.keys())
    print("only one:", a.keys() ^ b.keys(), "same rows:", a.items() & b.items())
    print("differing rows:", a.items() ^ b.items())
    print("A covers {102, 103}:", a.keys() >= {102, 103}, "equal keys:", a.keys() == {101, 102, 103, 205, 309})
    print("latest A:", list(reversed(a.items()))[:2], "latest B keys:", list(reversed(b.keys())))
    print("bundles:", BUNDLES)
    print("bundle hash stable:", hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
    for sku in {7, 15, 23, 31, 39}:
        print("priority", sku, sku in {7, 23})
    print([s * 2 for s in {40, 8, 16, 24}])
    shelf = (1, ["top"])
    shelf[1].append(shelf)
    print("shelf:", shelf)
    print("ledger:", LEDGER_IDS, LEDGER_IDS[-1], LEDGER_IDS[3], 10 ** 20 + 14 * 10 ** 17 in LEDGER_IDS)
    print("window:", range(10)[2::3], range(30, 0, -4)[1:5])
    print(report(**{"sku": 101}, qty=5))
    try:
        report(**{"qty": 1}, qty=2)
    except TypeError as e:
        print(e)
    seen = {frozenset({101, 103})}
    print({101, 103} in seen, {404} in seen)


asyncio.run(main())
