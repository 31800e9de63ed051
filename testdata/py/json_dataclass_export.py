"""Inventory sync: a TaskGroup of fetchers fills dataclasses, which are exported with
dataclasses.asdict and json.dumps, then imported back and compared."""
import asyncio
import json
from dataclasses import dataclass, field, asdict, astuple


@dataclass
class Price:
    amount: float
    currency: str = "EUR"


@dataclass
class Item:
    sku: str
    name: str
    price: Price
    stock: int = 0
    tags: list = field(default_factory=list)
    attrs: dict = field(default_factory=dict)


CATALOG = {
    "A-1": ("Widget", 9.99, 120, ["tools"], {"color": "red"}),
    "B-2": ("Gadget ™", 24.5, 0, ["tools", "new"], {"size": [10, 20]}),
    "C-3": ("Gizmo", 1e-3, 7, [], {}),
    "D-4": ("Doohickey \"pro\"", 1234567.0, 3, ["sale"], {"weights": (1.5, 2.25)}),
}


async def fetch(sku, inventory):
    await asyncio.sleep(0.01 * len(inventory))
    name, amount, stock, tags, attrs = CATALOG[sku]
    if sku == "E-5":
        raise KeyError(sku)
    inventory.append(Item(sku, name, Price(amount), stock, tags, attrs))


async def main():
    inventory = []
    async with asyncio.TaskGroup() as tg:
        for sku in CATALOG:
            tg.create_task(fetch(sku, inventory))
    inventory.sort(key=lambda i: i.sku)
    exported = json.dumps([asdict(i) for i in inventory], indent=2)
    print(exported)
    print("compact:", json.dumps(asdict(inventory[0]), separators=(",", ":")))
    print("as tuple:", json.dumps(astuple(inventory[3])))
    restored = [Item(**{**d, "price": Price(**d["price"])}) for d in json.loads(exported)]
    for before, after in zip(inventory, restored):
        print(before.sku, before == after, "|", after.price, after.attrs)
    in_stock = {i.sku: i.stock for i in restored if i.stock}
    print(json.dumps(in_stock, sort_keys=True), json.dumps(sum(i.price.amount * i.stock for i in restored)))
    try:
        json.dumps(inventory[0])
    except TypeError as exc:
        print("TypeError:", exc)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fetch("E-5", inventory))
    except* KeyError as group:
        print("fetch failed:", [repr(e) for e in group.exceptions])


asyncio.run(main())
