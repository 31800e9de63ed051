import asyncio
from dataclasses import dataclass, field, asdict


@dataclass(frozen=True, order=True)
class Sku:
    code: str
    size: int = 0


@dataclass
class Item:
    sku: Sku
    qty: int
    price: float = field(default=0.0, compare=False)
    notes: list = field(default_factory=list)

    def __post_init__(self):
        if self.qty < 0:
            raise ValueError(f"negative quantity for {self.sku.code}")

    @property
    def total(self):
        return self.qty * self.price


@dataclass
class Order:
    ident: int
    items: list = field(default_factory=list)

    def add(self, item):
        self.items.append(item)
        return self


class Warehouse:
    def __init__(self):
        self.stock = {}
        self.lock = asyncio.Lock()

    async def reserve(self, order):
        async with self.lock:
            await asyncio.sleep(0.01)
            for it in order.items:
                have = self.stock.get(it.sku, 0)
                if have < it.qty:
                    return f"order {order.ident}: short of {it.sku.code} ({have} < {it.qty})"
            for it in order.items:
                self.stock[it.sku] -= it.qty
            return f"order {order.ident}: reserved {sum(it.total for it in order.items):.2f}"


async def main():
    a, b = Sku("A1", 2), Sku("B7")
    w = Warehouse()
    w.stock = {a: 5, b: 1}
    o1 = Order(1).add(Item(a, 3, 2.5)).add(Item(b, 1, 10.0, ["fragile"]))
    o2 = Order(2).add(Item(a, 3, 2.5))
    print(await asyncio.gather(w.reserve(o1), w.reserve(o2)))
    print(w.stock, sorted(w.stock), a < b, Sku("A1", 2) == a, a in {Sku("A1", 2)})
    print(Item(a, 1, 1.0) == Item(a, 1, 99.0), asdict(o1))
    print(o2)
    try:
        Item(b, -1)
    except ValueError as e:
        print("invalid:", e)
    try:
        a.size = 3
    except AttributeError as e:
        print(type(e).__name__, e)

asyncio.run(main())
