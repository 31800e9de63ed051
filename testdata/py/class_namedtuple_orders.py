import asyncio
from collections import namedtuple, Counter
from typing import NamedTuple, Optional


class Order(NamedTuple):
    """One customer order."""
    order_id: int
    customer: str
    amount: float
    region: str = "EU"
    note: Optional[str] = None

    @property
    def is_large(self):
        return self.amount >= 100

    def with_discount(self, pct):
        return self._replace(amount=round(self.amount * (1 - pct / 100), 2))

    def __str__(self):
        return f"#{self.order_id} {self.customer} {self.amount:.2f} ({self.region})"


Shipment = namedtuple("Shipment", "order_id carrier days", defaults=[3])
Point = namedtuple("Point", ["x", "y"])


class Point3(Point):
    def norm1(self):
        return abs(self.x) + abs(self.y)


async def fetch_order(i):
    await asyncio.sleep(0.01 * (5 - i))
    regions = ["EU", "US", "APAC"]
    return Order(i, f"cust{i % 3}", 40.0 * i + 5, regions[i % 3])


async def ship(order, queue):
    carrier = "fast" if order.is_large else "slow"
    await asyncio.sleep(0.01)
    await queue.put(Shipment(order.order_id, carrier, days=1 if order.is_large else 3))


async def main():
    orders = await asyncio.gather(*(fetch_order(i) for i in range(1, 5)))
    for o in orders:
        print(o, repr(o))
    print(Order._fields, Order._field_defaults)
    first = orders[0]
    oid, cust, amount, region, note = first
    print(oid, cust, amount, region, note, len(first), first[1], first[-2], first[1:3])
    print(first._asdict())
    cheaper = orders[3].with_discount(10)
    print(cheaper, cheaper == orders[3], cheaper < orders[3], orders[3].is_large)
    print(Order._make([9, "zed", 1.5, "US", "gift"]))
    print(sorted(orders, key=lambda o: (o.region, -o.amount)))
    by_key = {(o.customer, o.region): o.amount for o in orders}
    print(by_key[("cust1", "US")], first == (1, "cust1", 45.0, "US", None), hash(first) == hash(tuple(first)))
    print(isinstance(first, tuple), type(first).__name__, Order.__doc__)
    print(Counter(o.region for o in orders).most_common())

    queue = asyncio.Queue()
    await asyncio.gather(*(ship(o, queue) for o in orders))
    shipments = []
    while not queue.empty():
        shipments.append(queue.get_nowait())
    print(shipments)
    print(Shipment(7, "slow"), Shipment._field_defaults, Shipment(7, "x", 9)._replace(days=2))

    p = Point3(3, -4)
    print(p, p.norm1(), p + (1,), Point(1, 2) * 2, max(Point(1, 2), Point(1, 3)))
    x, y = p
    print(x, y, list(p), p.count(3), p.index(-4), 3 in p)

    for bad in (lambda: Order(1), lambda: Order(1, "a", 2.0, "EU", None, 5),
                lambda: Order(1, "a", 2.0, colour="red"), lambda: first._replace(colour="red"),
                lambda: Shipment._make([1])):
        try:
            bad()
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    try:
        first.amount = 3
    except AttributeError as e:
        print("AttributeError", e)
    try:
        namedtuple("Bad", "a a")
    except ValueError as e:
        print("ValueError", e)
    try:
        namedtuple("Bad", "a _b")
    except ValueError as e:
        print("ValueError", e)
    print(namedtuple("Ren", "a def a", rename=True)._fields)


asyncio.run(main())
