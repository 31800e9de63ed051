# A small class used from async code: attributes, methods, a class
# attribute, __repr__, and errors raised from a method.
import asyncio


class OutOfStock(Exception):
    pass


class Inventory:
    restocks = 0

    def __init__(self, name, stock):
        self.name = name
        self.stock = dict(stock)
        self.log = []

    def __repr__(self):
        return f"Inventory({self.name!r}, {len(self.stock)} items)"

    def take(self, item, n):
        have = self.stock.get(item, 0)
        if have < n:
            raise OutOfStock(f"{item}: want {n}, have {have}")
        self.stock[item] = have - n
        self.log.append((item, n))
        return self.stock[item]

    async def restock(self, item, n, delay):
        await asyncio.sleep(delay)
        self.stock[item] = self.stock.get(item, 0) + n
        Inventory.restocks += 1
        return self.stock[item]


async def order(inv, who, item, n):
    for attempt in range(3):
        try:
            left = inv.take(item, n)
            print(f"{who}: took {n} {item}, {left} left")
            return True
        except OutOfStock as exc:
            print(f"{who}: attempt {attempt + 1} failed ({exc})")
            await asyncio.sleep(0.1)
    return False


async def main():
    inv = Inventory("shop", {"apple": 3, "pear": 1})
    print(inv)
    results = await asyncio.gather(
        order(inv, "ann", "apple", 2),
        order(inv, "bob", "apple", 2),
        order(inv, "cy", "pear", 1),
        inv.restock("apple", 5, 0.15),
    )
    print(results, inv.stock, Inventory.restocks)
    print(inv.log)
    try:
        inv.take("plum", 1)
    except OutOfStock as exc:
        print(type(exc).__name__, exc)


asyncio.run(main())
