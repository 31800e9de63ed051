"""An order book settles trades in typed helpers: prices in integer cents
(exact even past 64 bits), fees as floats, ticker symbols compared as strs.
Async traders submit orders through a queue; helpers are called with keyword
arguments out of order, recover from errors in try/finally, and search with
for-else."""
import asyncio


def fee_cents(amount: int, rate: float) -> float:
    return amount * rate / 100.0


def settle(qty: int, price: int, rate: float) -> str:
    gross = qty * price
    fee = fee_cents(gross, rate)
    net = gross - fee
    return f"gross={gross} fee={fee:.2f} net={net:.1f}"


def split_lot(total: int, parts: int) -> str:
    try:
        each = total // parts
        rest = total % parts
        return f"{each} x {parts} + {rest}"
    except ZeroDivisionError as e:
        return "cannot split: " + str(e)
    finally:
        print("  split", total, "by", parts)


def first_over(limit: int, step: int) -> int:
    level = 0
    for i in range(0, 10 * step, step):
        if i * i > limit:
            level = i
            break
    else:
        level = -1
    return level


def ticker_order(a: str, b: str) -> str:
    if a < b:
        return a + " before " + b
    elif a == b:
        return a + " twice"
    return b + " before " + a


def audit(label: str) -> int:
    print("  audit", label)
    return len(label)


def score(base: int, bonus: int, penalty: int) -> int:
    return base * 100 + bonus * 10 - penalty


def compound_cents(cents: int, years: int) -> int:
    value = cents
    year = 0
    while year < years:
        value = value + value // 20  # 5% a year, floored
        year += 1
    return value


def describe(cents: int) -> str:
    sign = "-" if cents < 0 else ""
    whole = abs(cents) // 100
    frac = abs(cents) % 100
    return sign + str(whole) + "." + ("0" + str(frac) if frac < 10 else str(frac))


async def trader(name: str, orders: list, book: asyncio.Queue) -> None:
    for qty, price in orders:
        await asyncio.sleep(0.001 * qty)
        await book.put((name, qty, price))


async def main() -> None:
    book: asyncio.Queue = asyncio.Queue()
    await asyncio.gather(
        trader("ann", [(3, 1999), (1, 250000)], book),
        trader("bob", [(2, 1050), (5, 99)], book),
    )
    while not book.empty():
        name, qty, price = await book.get()
        print(name, qty, "@", describe(price), settle(qty, price, 0.25))
    print(split_lot(1000, 7))
    print(split_lot(5, 0))
    print(first_over(500, 3), first_over(10**6, 2))
    print(ticker_order("MSFT", "AAPL"), "|", ticker_order("ÉTÉ", "ZED"), "|", ticker_order("X", "X"))
    print(score(penalty=audit("p"), base=audit("base"), bonus=audit("bo")))
    print(score(1, penalty=3, bonus=2))
    whale = compound_cents(10**18, 60)
    print("whale:", describe(whale), whale > 2**63, describe(-whale // 3))
    print(describe(-5), describe(7), describe(123456))
    try:
        print(fee_cents(10**400, 1.5))
    except OverflowError as e:
        print("fee overflow:", e)


asyncio.run(main())
