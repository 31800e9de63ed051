"""Warehouse inventory reconciliation: Counter arithmetic over stock
reports that arrive from async scanners, layered settings with ChainMap,
and heapq.merge of sorted shipment logs."""
import asyncio
import heapq
from collections import ChainMap, Counter, defaultdict


DEFAULTS = {"threshold": 3, "region": "eu", "verbose": False}


async def scan(aisle, items, delay):
    await asyncio.sleep(delay)
    print(f"aisle {aisle} scanned {len(items)} items")
    return Counter(items)


async def shipments(name, entries, delay):
    await asyncio.sleep(delay)
    return [(t, name, sku) for t, sku in entries]


def noisy(label, values):
    for v in values:
        print(f"  pull {label}:{v}")
        yield v


async def main():
    reports = await asyncio.gather(
        scan("A", ["bolt", "nut", "bolt", "gear", "bolt"], 0.2),
        scan("B", ["nut", "nut", "washer"], 0.1),
        scan("C", ["gear", "bolt"], 0.3),
    )
    stock = sum(reports, Counter())
    print("stock:", stock)
    expected = Counter(bolt=3, nut=4, gear=2, spring=1)
    print("missing:", expected - stock)
    print("surplus:", stock - expected)
    print("either:", stock | expected)
    print("both:", stock & expected)
    print("total:", stock.total(), "elements:", sorted(stock.elements()))

    ledger = Counter(bolt=5, nut=-2, gear=0)
    print("+ledger:", +ledger, "-ledger:", -ledger)
    ledger.subtract({"bolt": 6, "washer": 1})
    print("after subtract:", ledger)
    alias = ledger
    ledger += Counter(nut=3)
    print("in place:", ledger, alias is ledger)
    ledger |= Counter(spring=2, bolt=1)
    print("ior:", ledger)
    ledger &= Counter(spring=1, bolt=5, nut=9)
    print("iand:", ledger)
    ledger -= Counter(spring=1)
    print("isub:", ledger, len(ledger))
    for bad in (1, None, 2.5):
        try:
            stock + bad
        except TypeError as exc:
            print("TypeError:", exc)
    try:
        -stock < 1
    except TypeError as exc:
        print("TypeError:", exc)

    site = {"region": "us"}
    cli = {"verbose": True}
    settings = ChainMap(cli, site, DEFAULTS)
    print(settings)
    print(settings["region"], settings["threshold"], settings.get("missing", "n/a"), "verbose" in settings)
    print(list(settings), len(settings), dict(settings))
    child = settings.new_child({"threshold": 10})
    child["region"] = "apac"
    print(child.maps[0], child["threshold"], child.parents["threshold"])
    print(list(child.items()))
    del child["region"]
    try:
        del child["region"]
    except KeyError as exc:
        print("KeyError:", exc)
    try:
        settings["nope"]
    except KeyError as exc:
        print("KeyError:", exc)
    counts = defaultdict(int)
    layered = ChainMap(counts, {"seen": 5})
    layered["hits"] += 1
    print(layered["seen"], dict(counts), settings == ChainMap(dict(settings)))

    logs = await asyncio.gather(
        shipments("north", [(1, "bolt"), (4, "nut"), (9, "gear")], 0.2),
        shipments("south", [(2, "nut"), (4, "bolt"), (7, "washer")], 0.1),
        shipments("east", [], 0.05),
    )
    for t, name, sku in heapq.merge(*logs):
        print(f"t={t} {name:<5} {sku}")
    merged = heapq.merge(noisy("x", [1, 5, 9]), noisy("y", [2, 3, 10]))
    print("first:", next(merged))
    print("second:", next(merged))
    print("rest:", list(merged))
    print(list(heapq.merge(["kiwi", "Apple"], ["banana", "Cherry"], key=str.lower)))
    print(list(heapq.merge([9, 4, 1], [8, 4, 2], reverse=True)))
    try:
        list(heapq.merge([1, 2], ["a"]))
    except TypeError as exc:
        print("TypeError:", exc)


asyncio.run(main())
