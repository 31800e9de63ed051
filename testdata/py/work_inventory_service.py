"""Inventory service: repository with a lock, dataclasses, enums, JSON export."""
import asyncio
import json
import logging
import sys
from dataclasses import dataclass, field, asdict, replace
from enum import Enum, auto
from typing import Optional, Dict, List

logger = logging.getLogger(__name__)
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("[%(levelname)-7s] %(name)s: %(message)s"))
logger.addHandler(handler)
logger.setLevel(logging.DEBUG)


class Category(Enum):
    HARDWARE = auto()
    SOFTWARE = auto()
    SERVICE = auto()


class InventoryError(Exception):
    """Base error for the inventory service."""


class ItemNotFound(InventoryError):
    def __init__(self, sku: str):
        super().__init__(f"item {sku!r} not found")
        self.sku = sku


class InsufficientStock(InventoryError):
    def __init__(self, sku: str, requested: int, available: int):
        super().__init__(f"cannot take {requested} of {sku}: only {available} left")
        self.sku = sku
        self.requested = requested
        self.available = available


@dataclass
class Item:
    sku: str
    name: str
    category: Category
    price_cents: int
    quantity: int = 0
    tags: List[str] = field(default_factory=list)
    display_name: str = field(init=False, repr=False)

    def __post_init__(self):
        if self.price_cents < 0:
            raise ValueError(f"negative price for {self.sku}")
        self.display_name = f"{self.name} ({self.sku})"

    @property
    def value_cents(self) -> int:
        return self.price_cents * self.quantity


class InventoryRepository:
    def __init__(self):
        self._items: Dict[str, Item] = {}
        self._lock = asyncio.Lock()
        self.operations = 0

    async def add(self, item: Item) -> None:
        async with self._lock:
            await asyncio.sleep(0.01)
            self._items[item.sku] = item
            self.operations += 1
            logger.debug("added %s", item.display_name)

    async def get(self, sku: str) -> Item:
        async with self._lock:
            try:
                return self._items[sku]
            except KeyError:
                raise ItemNotFound(sku) from None

    async def take(self, sku: str, amount: int) -> Item:
        async with self._lock:
            item = self._items.get(sku)
            if item is None:
                raise ItemNotFound(sku)
            if item.quantity < amount:
                raise InsufficientStock(sku, amount, item.quantity)
            await asyncio.sleep(0.02)
            updated = replace(item, quantity=item.quantity - amount)
            self._items[sku] = updated
            self.operations += 1
            return updated

    async def find(self, category: Optional[Category] = None) -> List[Item]:
        async with self._lock:
            items = list(self._items.values())
        if category is not None:
            items = [i for i in items if i.category is category]
        return sorted(items, key=lambda i: (-i.value_cents, i.sku))

    def snapshot(self) -> str:
        data = {sku: asdict(item) for sku, item in self._items.items()}
        for record in data.values():
            record["category"] = record["category"].name
        return json.dumps(data, indent=2, sort_keys=True)


async def customer(repo: InventoryRepository, name: str, orders):
    results = []
    for sku, amount in orders:
        try:
            item = await repo.take(sku, amount)
            results.append(f"{name}: took {amount} x {sku}, {item.quantity} left")
        except InsufficientStock as exc:
            logger.warning("%s short on %s (wanted %d, have %d)", name, exc.sku, exc.requested, exc.available)
            results.append(f"{name}: short {exc.sku}")
        except ItemNotFound as exc:
            logger.error("%s: %s", name, exc)
            results.append(f"{name}: missing {exc.sku}")
    return results


def format_table(items: List[Item]) -> str:
    header = f"{'SKU':<8}{'Name':<18}{'Qty':>5}{'Value':>12}"
    lines = [header, "-" * len(header)]
    for item in items:
        value = f"${item.value_cents / 100:,.2f}"
        lines.append(f"{item.sku:<8}{item.name:<18}{item.quantity:>5}{value:>12}")
    return "\n".join(lines)


async def main():
    repo = InventoryRepository()
    seed = [
        Item("HW-1", "Keyboard", Category.HARDWARE, 4999, 10, ["input"]),
        Item("HW-2", "Monitor", Category.HARDWARE, 18999, 3),
        Item("SW-1", "Editor licence", Category.SOFTWARE, 12000, 50, ["annual", "seat"]),
        Item("SV-1", "Support plan", Category.SERVICE, 250000, 1),
    ]
    await asyncio.gather(*(repo.add(item) for item in seed))
    try:
        Item("BAD", "Broken", Category.SERVICE, -1)
    except ValueError as exc:
        logger.error("rejected: %s", exc)

    outcomes = await asyncio.gather(
        customer(repo, "alice", [("HW-1", 4), ("HW-2", 2)]),
        customer(repo, "bob", [("HW-2", 2), ("SW-1", 5), ("XX-9", 1)]),
        customer(repo, "carol", [("HW-1", 7), ("SV-1", 1)]),
    )
    for lines in outcomes:
        for line in lines:
            print(line)

    print(format_table(await repo.find()))
    print()
    hardware = await repo.find(Category.HARDWARE)
    print("hardware:", [i.sku for i in hardware])
    print(repr(await repo.get("SW-1")))
    try:
        await repo.get("nope")
    except InventoryError as exc:
        print(type(exc).__name__, exc, exc.__cause__, exc.__suppress_context__)
    print(repo.snapshot())
    print("operations:", repo.operations, "loop time:", round(asyncio.get_running_loop().time(), 3))
    # A bad record from an import job is not caught: the program stops with the traceback.
    await repo.add(Item("HW-9", "Cable", Category.HARDWARE, -5))


if __name__ == "__main__":
    asyncio.run(main())
