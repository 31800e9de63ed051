"""A sales report assembled from paged async sources with async comprehensions."""
import asyncio

ORDERS = {
    "north": [("o1", 120.0), ("o2", 35.5), ("o3", 980.0)],
    "south": [("o4", 15.0)],
    "east": [],
    "west": [("o5", 410.25), ("o6", 77.0)],
}


async def regions():
    for name in ORDERS:
        await asyncio.sleep(0.05)
        yield name


async def orders(region):
    for order_id, amount in ORDERS[region]:
        await asyncio.sleep(0.01)
        yield order_id, amount


async def fx_rate(region):
    await asyncio.sleep(0.02)
    if region == "west":
        raise LookupError(f"no rate for {region}")
    return {"north": 1.0, "south": 0.9, "east": 1.1}[region]


async def safe_rate(region):
    try:
        return await fx_rate(region)
    except LookupError as e:
        print("warning:", e)
        return 1.0


async def region_total(region):
    amounts = [amount async for _, amount in orders(region)]
    rate = await safe_rate(region)
    return round(sum(amounts) * rate, 2)


async def report(label):
    names = [r async for r in regions()]
    print(label, "regions:", names)
    totals = {r: await region_total(r) async for r in regions() if ORDERS[r]}
    print(label, "totals:", totals)
    big = {oid async for r in regions() async for oid, amt in orders(r) if amt > 100}
    print(label, "big orders:", sorted(big))
    ranked = [(r, t) for r, t in sorted(totals.items(), key=lambda kv: -kv[1])]
    return ranked


async def main():
    a, b = await asyncio.gather(report("A"), report("B"))
    print(a == b, a[0])
    try:
        rates = [await fx_rate(r) async for r in regions()]
    except LookupError as e:
        print("failed:", e)
    try:
        bad = [x async for x in ORDERS]
    except TypeError as e:
        print("failed:", e)
    return len(await report("C"))


print("ranked regions:", asyncio.run(main()))
