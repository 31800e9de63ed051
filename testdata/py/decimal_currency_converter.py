"""Currency converter: rates arrive from simulated async feeds as strings,
conversions are quantized to each currency's minor unit, and the rounding
modes a treasury might use are compared side by side."""
import asyncio
import decimal
from decimal import Decimal

MINOR_UNITS = {"USD": Decimal("0.01"), "JPY": Decimal("1"), "KWD": Decimal("0.001"), "EUR": Decimal("0.01")}
FEEDS = {
    "EUR": ("1.0842", 0.03),
    "JPY": ("0.006712", 0.01),
    "KWD": ("3.2531", 0.02),
    "USD": ("1", 0.0),
}
MODES = [
    decimal.ROUND_HALF_EVEN, decimal.ROUND_HALF_UP, decimal.ROUND_HALF_DOWN, decimal.ROUND_UP,
    decimal.ROUND_DOWN, decimal.ROUND_CEILING, decimal.ROUND_FLOOR, decimal.ROUND_05UP,
]


async def fetch_rate(code):
    text, delay = FEEDS[code]
    await asyncio.sleep(delay)
    print(f"feed {code}: {text}")
    return code, Decimal(text)


def convert(amount, rate_from, rate_to, code, rounding=decimal.ROUND_HALF_EVEN):
    usd = amount * rate_from
    return (usd / rate_to).quantize(MINOR_UNITS[code], rounding=rounding)


async def main():
    rates = dict(await asyncio.gather(*(fetch_rate(c) for c in FEEDS)))
    print("rates:", {k: str(v) for k, v in sorted(rates.items())})
    amounts = [Decimal("100"), Decimal("2.5"), Decimal("-17.005"), Decimal("1234567.891")]
    for amount in amounts:
        row = []
        for code in ("EUR", "JPY", "KWD"):
            row.append(f"{code} {convert(amount, rates['USD'], rates[code], code):>14,}")
        print(f"USD {amount:>12}: " + " | ".join(row))
    print()
    print(f"{'mode':<16}" + "".join(f"{s:>9}" for s in ("2.345", "-2.345", "2.355", "2.3450001", "-0.0049")))
    for mode in MODES:
        cells = [Decimal(s).quantize(Decimal("0.01"), rounding=mode) for s in ("2.345", "-2.345", "2.355", "2.3450001", "-0.0049")]
        print(f"{mode:<16}" + "".join(f"{c!s:>9}" for c in cells))
    print()
    price = Decimal("19.955")
    print("round():", round(price, 2), round(price), round(Decimal("2.5")), round(Decimal("3.5")), round(price, -1))
    print("integral:", price.to_integral_value(), price.to_integral_value(rounding=decimal.ROUND_CEILING))
    print("normalize:", Decimal("120.500").normalize(), Decimal("1.2E+3").normalize(), Decimal("0.000").normalize())
    print("compare:", price.compare(Decimal("20")), Decimal("20.00").compare(20), price.adjusted())
    print("sci:", Decimal("0.0000001234"), Decimal("1E+5"), Decimal("123E+3").to_eng_string(), Decimal(10) ** 8)
    print("formats:", f"{price:.1f}", f"{price:e}", f"{price:.3e}", f"{Decimal('0.0725'):.2%}", f"{price:g}",
          f"{Decimal('1234.5'):,}", f"{price:+010.2f}", f"{price:*^12.2f}")
    spread = max(rates.values()) - min(rates.values())
    print("spread:", spread, "sqrt:", spread.sqrt(), "abs:", abs(-spread), "neg:", -spread)
    print("float rate compare:", rates["EUR"] > 1.08, rates["USD"] == 1.0, rates["JPY"] < 0.01)
    cross = rates["EUR"] / rates["KWD"]
    print("cross EUR/KWD:", cross, "inverse:", 1 / cross, "check:", (cross * rates["KWD"]).quantize(Decimal("1.0000")))
    print("from float:", Decimal(1.1), Decimal.from_float(0.5), Decimal("1.10") + Decimal("2.20"))


asyncio.run(main())
