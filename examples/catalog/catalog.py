# catalog.py: a small async inventory service, the Python source of package
# catalog. `go generate ./examples/...` translates it with --api into
# catalog_gen.go, whose exported functions Go code calls (catalog_test.go).
# Run as a script (python3 catalog.py) it prints a short demo.
import asyncio


class OutOfStock(Exception):
    pass


_stock: dict[str, int] = {"apple": 5, "pear": 2, "plum": 0}
_lock = asyncio.Lock()
_log: list[str] = []
_cancelled: list[str] = []
_running: list[str] = []


async def reserve(item: str, qty: int = 1) -> int:
    """Reserve qty units of item and return how many are left."""
    async with _lock:
        # The warehouse answers after a moment; the lock keeps two
        # reservations from reading the same count.
        await asyncio.sleep(0.001)
        have = _stock[item]
        if have < qty:
            raise OutOfStock(f"{item}: want {qty}, have {have}")
        _stock[item] = have - qty
        _log.append(f"reserve {item} x{qty}")
        return _stock[item]


async def reserve_many(orders: dict[str, int]) -> dict[str, str]:
    """Reserve several items at once; each one reports 'ok' or its error."""
    names = sorted(orders)
    results = await asyncio.gather(
        *(reserve(name, orders[name]) for name in names), return_exceptions=True
    )
    report = {}
    for name, result in zip(names, results):
        if isinstance(result, Exception):
            report[name] = f"{type(result).__name__}: {result}"
        else:
            report[name] = f"ok, {result} left"
    return report


async def restock(item: str, qty: int) -> list[str]:
    await asyncio.sleep(0)
    _stock[item] = _stock.get(item, 0) + qty
    _log.append(f"restock {item} x{qty}")
    return [f"{name}={count}" for name, count in sorted(_stock.items())]


async def slow_report(label: str, seconds: float) -> str:
    _running.append(label)
    try:
        await asyncio.sleep(seconds)
    except asyncio.CancelledError:
        _cancelled.append(label)
        raise
    finally:
        _running.remove(label)
    return f"{label}: {len(_log)} operations"


def stock(item: str) -> int:
    return _stock[item]


def running() -> list[str]:
    return list(_running)


def cancelled() -> list[str]:
    return list(_cancelled)


def price(item: str, qty: int, *, discount: float = 0.0) -> tuple[float, str]:
    unit = {"apple": 0.5, "pear": 0.75, "plum": 1.25}[item]
    total = round(unit * qty * (1 - discount), 2)
    return total, f"{qty} x {item} at {unit:.2f}"


class Cart:
    """A customer's cart: reserving an item adds it at its price."""

    def __init__(self, owner: str, budget: float = 10.0):
        self.owner = owner
        self.budget = budget
        self.lines: dict[str, int] = {}

    async def add(self, item: str, qty: int = 1) -> float:
        cost, _ = price(item, qty)
        if self.total() + cost > self.budget:
            raise OutOfStock(f"{self.owner} cannot afford {qty} x {item}")
        await reserve(item, qty)
        self.lines[item] = self.lines.get(item, 0) + qty
        return self.total()

    def total(self) -> float:
        return round(sum(price(item, qty)[0] for item, qty in self.lines.items()), 2)

    def items(self) -> dict[str, int]:
        return dict(self.lines)


def largest(carts: list[Cart]) -> Cart:
    return max(carts, key=lambda cart: cart.total())


def describe(item):
    return f"<{item}>"


async def main():
    print(await reserve("apple", 2))
    print(await reserve_many({"pear": 1, "plum": 1}))
    print(price("pear", 4, discount=0.25))
    cart = Cart("ada")
    print(await cart.add("apple", 2), cart.items())


if __name__ == "__main__":
    asyncio.run(main())
