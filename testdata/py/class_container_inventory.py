"""An inventory container class: __len__, __contains__, __getitem__ with
keys and slices, __setitem__ with validation, __delitem__, __iter__ and
__bool__, filled by async suppliers."""
import asyncio


class Inventory:
    def __init__(self, name):
        self.name = name
        self._items = {}
        self._order = []

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return any(q > 0 for q in self._items.values())

    def __contains__(self, sku):
        return self._items.get(sku, 0) > 0

    def __getitem__(self, key):
        if isinstance(key, slice):
            return [(s, self._items[s]) for s in self._order[key]]
        if isinstance(key, int):
            raise TypeError(f"use a SKU string, not {key}")
        return self._items[key]

    def __setitem__(self, sku, qty):
        if qty < 0:
            raise ValueError(f"negative quantity for {sku}: {qty}")
        if sku not in self._items:
            self._order.append(sku)
        self._items[sku] = qty

    def __delitem__(self, sku):
        del self._items[sku]
        self._order.remove(sku)

    def __iter__(self):
        return iter(self._order)

    def __repr__(self):
        return f"<Inventory {self.name}: {len(self)} skus>"


async def supplier(inv, deliveries):
    for sku, qty in deliveries:
        await asyncio.sleep(0.01)
        try:
            inv[sku] = inv._items.get(sku, 0) + qty
        except ValueError as e:
            print("rejected:", e)


async def main():
    inv = Inventory("main")
    print(repr(inv), bool(inv), len(inv))
    await asyncio.gather(
        supplier(inv, [("apple", 5), ("pear", 2), ("fig", -9)]),
        supplier(inv, [("kiwi", 1), ("apple", 3), ("pear", -2)]),
    )
    print(inv, list(inv), bool(inv))
    print(inv["apple"], inv[1:3], inv[::-1], inv[-1:])
    print("kiwi" in inv, "plum" in inv, "fig" in inv)
    inv["kiwi"] = 0
    print("kiwi" in inv, len(inv))
    del inv["kiwi"]
    print(list(inv), sorted(inv, key=lambda s: inv[s]))
    for bad in (lambda: inv["plum"], lambda: inv[0], lambda: inv.__delitem__("plum")):
        try:
            bad()
        except (KeyError, TypeError, ValueError) as e:
            print(type(e).__name__, e)
    empty = Inventory("empty")
    empty["x"] = 0
    print(bool(empty), len(empty), "ok" if empty else "nothing in stock")
    print(dict((s, inv[s]) for s in inv), max(inv, key=inv.__getitem__))


asyncio.run(main())
