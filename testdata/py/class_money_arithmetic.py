"""A Money value class with arithmetic (reflected and in-place forms,
NotImplemented for mixed currencies), __format__, __bool__ and sum() over
invoices totalled by async tasks."""
import asyncio


class CurrencyMismatch(TypeError):
    pass


class Money:
    __match_args__ = ("cents", "currency")

    def __init__(self, cents, currency="EUR"):
        self.cents = int(cents)
        self.currency = currency

    @classmethod
    def parse(cls, text):
        amount, currency = text.split()
        whole, _, frac = amount.partition(".")
        return cls(int(whole) * 100 + int(frac.ljust(2, "0")), currency)

    def _check(self, other):
        if isinstance(other, Money) and other.currency != self.currency:
            raise CurrencyMismatch(f"{self.currency} vs {other.currency}")

    def __add__(self, other):
        if isinstance(other, Money):
            self._check(other)
            return Money(self.cents + other.cents, self.currency)
        if other == 0:
            return self
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        self._check(other)
        return Money(self.cents - other.cents, self.currency)

    def __mul__(self, factor):
        if isinstance(factor, (int, float)):
            return Money(round(self.cents * factor), self.currency)
        return NotImplemented

    def __rmul__(self, factor):
        return self.__mul__(factor)

    def __iadd__(self, other):
        print("  (in place)")
        result = self + other
        self.cents = result.cents
        return self

    def __neg__(self):
        return Money(-self.cents, self.currency)

    def __bool__(self):
        return self.cents != 0

    def __eq__(self, other):
        return isinstance(other, Money) and (self.cents, self.currency) == (other.cents, other.currency)

    def __hash__(self):
        return hash((self.cents, self.currency))

    def __format__(self, spec):
        sign = "-" if self.cents < 0 else ""
        text = f"{sign}{abs(self.cents) // 100}.{abs(self.cents) % 100:02d}"
        if spec == "code":
            return f"{text} {self.currency}"
        return format(text, spec)

    def __repr__(self):
        return f"Money({self.cents}, {self.currency!r})"


async def invoice_total(lines):
    total = Money(0)
    for text, qty in lines:
        await asyncio.sleep(0.01)
        total += qty * Money.parse(text)
    return total


async def main():
    a, b = Money.parse("12.5 EUR"), Money(199)
    print(a, b, a + b, a - b, -a, a * 3, 2 * b, a * 0.5)
    print(sum([a, b, Money(1)]), bool(Money(0)), bool(a), a == Money(1250), {a, Money(1250)})
    print(f"[{a:code}] [{b:>8}] [{-b:<8}|]")
    totals = await asyncio.gather(invoice_total([("3.20 EUR", 2), ("0.99 EUR", 10)]),
                                  invoice_total([("100 EUR", 1)]))
    print(totals, sum(totals))
    for bad in (lambda: a + Money(5, "USD"), lambda: a + 1, lambda: a * "x", lambda: "x" - a):
        try:
            print(bad())
        except CurrencyMismatch as e:
            print("CurrencyMismatch:", e)
        except TypeError as e:
            print("TypeError:", e)
    match Money.parse("7.05 USD"):
        case Money(0, _):
            print("free")
        case Money(cents, "USD") if cents > 500:
            print("dollars:", cents)
    x = Money(5)
    y = x
    x += Money(10)
    print(x, y is x, x - Money(15) or "zero")


asyncio.run(main())
