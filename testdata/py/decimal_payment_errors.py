"""Payment intake: messages from a queue are parsed into Decimal amounts;
bad amounts, impossible splits and over-precise quantizations are caught
as decimal's signals and reported, and a reconciliation task shows what
happens when a trap is turned off. The last error escapes."""
import asyncio
import decimal
from decimal import Decimal, InvalidOperation, DivisionByZero, localcontext

MESSAGES = [
    ("p1", "125.50", 2),
    ("p2", "12,50", 1),
    ("p3", " 99.999 ", 3),
    ("p4", "1_000.00", 4),
    ("p5", "40.00", 0),
    ("p6", "NaN", 2),
    ("p7", "-0", 0),
    ("p8", "1e30", 1),
    ("p9", "", 1),
]


async def producer(queue):
    for msg in MESSAGES:
        await queue.put(msg)
        await asyncio.sleep(0.001)
    await queue.put(None)


def share(amount, people):
    each = amount / people
    return each.quantize(Decimal("0.01"))


async def consumer(queue, report):
    while (msg := await queue.get()) is not None:
        pid, text, people = msg
        try:
            amount = Decimal(text)
            each = share(amount, people)
            report.append(f"{pid}: {amount} / {people} = {each}")
        except DivisionByZero as e:
            report.append(f"{pid}: DivisionByZero {e} zero? {isinstance(e, ZeroDivisionError)}")
        except InvalidOperation as e:
            report.append(f"{pid}: InvalidOperation {e.args[0]} arithmetic? {isinstance(e, ArithmeticError)}")
        except decimal.DecimalException as e:
            report.append(f"{pid}: other {type(e).__name__}")


async def reconcile():
    await asyncio.sleep(0.02)
    with localcontext() as ctx:
        ctx.traps[DivisionByZero] = False
        ctx.traps[InvalidOperation] = False
        print("untrapped:", Decimal(5) / 0, Decimal(-5) / 0, Decimal(0) / 0, Decimal("junk"))
        print("flags:", ctx.flags[DivisionByZero], ctx.flags[InvalidOperation], ctx.flags[decimal.Inexact])
        print("context:", ctx)
        ctx.clear_flags()
        print("cleared:", ctx)
    with localcontext(prec=3) as ctx:
        ctx.traps[decimal.Inexact] = True
        try:
            Decimal(1) / 3
        except decimal.Inexact as e:
            print("inexact trapped:", repr(e))
        print("exact is fine:", Decimal(1) / 4)


async def main():
    queue = asyncio.Queue()
    report = []
    await asyncio.gather(producer(queue), consumer(queue, report), reconcile())
    print("\n".join(report))
    for bad in (lambda: Decimal(1) + 1.5, lambda: Decimal("1.5") < "2", lambda: round(Decimal("NaN")),
                lambda: int(Decimal("-Infinity")), lambda: Decimal("1.234").quantize(Decimal("1E-30")),
                lambda: Decimal(3) ** Decimal("0.5") if False else Decimal(-4).sqrt(),
                lambda: hash(Decimal("sNaN")), lambda: Decimal("7") % 0, lambda: Decimal(0) // 0):
        try:
            print("ok?", bad())
        except (TypeError, ValueError, OverflowError, ArithmeticError) as e:
            print(f"{type(e).__module__}.{type(e).__name__}: {e}")
    print("mro:", [c.__name__ for c in DivisionByZero.__mro__])
    grand = sum(Decimal(t) for _, t, _ in MESSAGES[:1])
    print("grand total:", grand)
    correction = Decimal("bad total")
    print("unreachable", grand + correction)


asyncio.run(main())
