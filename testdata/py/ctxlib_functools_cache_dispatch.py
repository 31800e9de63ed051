"""A pricing service: memoised lookups with lru_cache/cache, and event
rendering through singledispatch, fed by asyncio workers."""
import asyncio
import functools
from dataclasses import dataclass
from functools import cache, lru_cache, singledispatch


RATES = {"EUR": 1.0, "USD": 1.08, "GBP": 0.86, "JPY": 161.2}
lookups = []


@lru_cache(maxsize=2)
def rate(currency):
    lookups.append(currency)
    if currency not in RATES:
        raise KeyError(f"unknown currency {currency}")
    return RATES[currency]


@cache
def ways(n, coins=(1, 2, 5)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])


@functools.lru_cache
def normalise(sku):
    return sku.strip().upper()


@dataclass
class Order:
    sku: str
    qty: int


class Refund(Order):
    pass


@singledispatch
def render(event):
    return f"<unknown {type(event).__name__}>"


@render.register
def _(event: int):
    return f"tick #{event}"


@render.register(bool)
def _(event):
    return "heartbeat" if event else "flatline"


@render.register
def _(event: Order):
    return f"order {event.qty} x {normalise(event.sku)}"


@render.register(Refund)
def render_refund(event):
    return "refund of " + render.dispatch(Order)(event)


class Catalog:
    def __init__(self, name):
        self.name = name
        self.loads = 0

    @lru_cache(maxsize=None)
    def price(self, sku):
        self.loads += 1
        return len(sku) * 1.5

    def __hash__(self):
        return hash(self.name)

    def __eq__(self, other):
        return isinstance(other, Catalog) and other.name == self.name


async def convert(amount, currency, delay):
    await asyncio.sleep(delay)
    return round(amount * rate(currency), 2)


async def main():
    jobs = [(100, "USD", 0.3), (50, "GBP", 0.1), (10, "USD", 0.2), (7, "JPY", 0.4), (1, "USD", 0.5)]
    results = await asyncio.gather(*(convert(*j) for j in jobs))
    print("converted:", results)
    print("lookups:", lookups)
    print(rate.cache_info())
    try:
        rate("XYZ")
    except KeyError as exc:
        print("KeyError:", exc)
    print(rate.cache_info(), rate.cache_parameters())
    rate.cache_clear()
    print("after clear:", rate.cache_info())

    print("ways(60) =", ways(60))
    info = ways.cache_info()
    print(info, info.hits > info.misses, tuple(info) == (info.hits, info.misses, None, info.currsize))

    for event in [3, True, False, Order(" ab-1 ", 2), Refund("cd-2", 1), 2.5, None]:
        print(render(event))
    print(normalise.cache_info())
    print(render.dispatch(bool) is not render.dispatch(int), render.dispatch(float) is render.dispatch(object))
    print([c.__name__ for c in render.registry.keys()])

    a, b = Catalog("main"), Catalog("main")
    print(a.price("widget"), b.price("widget"), a.price("gizmo"), a.loads, b.loads)
    print(Catalog.price.cache_info())

    try:
        normalise(["not", "hashable"])
    except TypeError as exc:
        print("TypeError:", exc)
    try:
        render()
    except TypeError as exc:
        print("TypeError:", exc)
    try:
        lru_cache("big")
    except TypeError as exc:
        print("TypeError:", exc)
    try:
        @render.register
        def _(event):
            return "no annotation"
    except TypeError as exc:
        print("TypeError:", str(exc).split(":")[0])


asyncio.run(main())
