"""Invoice service: order workers price line items with Decimal, apply
discounts and VAT rounded half-up to the cent, and a ledger task books
the totals from a queue."""
import asyncio
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN

CENT = Decimal("0.01")
VAT = {"standard": Decimal("0.20"), "reduced": Decimal("0.05"), "zero": Decimal("0")}

CATALOG = {
    "widget": (Decimal("19.99"), "standard"),
    "gadget": (Decimal("4.35"), "standard"),
    "book": (Decimal("12.5"), "zero"),
    "coffee": (Decimal("7.125"), "reduced"),
    "cable": (Decimal("0.999"), "standard"),
}

ORDERS = {
    "INV-001": [("widget", 3), ("cable", 12)],
    "INV-002": [("book", 2), ("coffee", 4), ("gadget", 1)],
    "INV-003": [("gadget", 25), ("widget", 1)],
    "INV-004": [("coffee", 1)],
}


def money(x):
    return x.quantize(CENT, rounding=ROUND_HALF_UP)


async def price_order(invoice, lines, discount, ledger):
    await asyncio.sleep(0.01 * len(lines))
    subtotal = Decimal(0)
    tax = Decimal(0)
    rows = []
    for item, qty in lines:
        unit, band = CATALOG[item]
        net = money(unit * qty * (1 - discount))
        line_tax = money(net * VAT[band])
        subtotal += net
        tax += line_tax
        rows.append((item, qty, unit, net, line_tax))
    total = subtotal + tax
    await ledger.put((invoice, total))
    return invoice, rows, subtotal, tax, total


async def ledger_keeper(ledger, n):
    balance = Decimal("0.00")
    booked = []
    for _ in range(n):
        invoice, total = await ledger.get()
        balance += total
        booked.append(invoice)
        print(f"  booked {invoice}: {total:>9,.2f}  running {balance:>10,.2f}")
    return balance, booked


async def main():
    ledger = asyncio.Queue()
    discounts = {"INV-003": Decimal("0.125"), "INV-002": Decimal("0.05")}
    keeper = asyncio.create_task(ledger_keeper(ledger, len(ORDERS)))
    results = await asyncio.gather(*(
        price_order(inv, lines, discounts.get(inv, Decimal(0)), ledger)
        for inv, lines in ORDERS.items()
    ))
    balance, booked = await keeper
    print("booking order:", booked)
    for invoice, rows, subtotal, tax, total in results:
        print(f"{invoice}")
        for item, qty, unit, net, line_tax in rows:
            print(f"  {item:<7}{qty:>3} x {unit!s:>6} = {net:>8}  vat {line_tax:>6}")
        print(f"  subtotal {subtotal:>10}  tax {tax:>7}  total {total:>10}")
    totals = [r[4] for r in results]
    print("sum of totals:", sum(totals), "==", balance, sum(totals) == balance)
    print("largest:", max(totals), "smallest:", min(totals))
    print("sorted:", sorted(totals, reverse=True))
    average = sum(totals) / len(totals)
    print("average:", average, "->", money(average))
    print("per-share (3 partners):", (balance / 3).quantize(CENT, rounding=ROUND_DOWN),
          "remainder", balance - 3 * (balance / 3).quantize(CENT, rounding=ROUND_DOWN))
    print("as cents:", int(balance * 100), "float:", float(balance), "hash ok:", hash(Decimal("42.00")) == hash(42))
    print("repr:", repr(balance), "tuple:", balance.as_tuple())
    print("ratio:", Decimal("7.125").as_integer_ratio(), "bool:", bool(Decimal("0.00")), bool(balance))


asyncio.run(main())
