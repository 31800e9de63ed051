"""Per-task decimal precision: each analytics worker sets its own precision
and rounding with localcontext() and awaits inside the block; the decimal
context lives in a context variable, so workers never see each other's
settings, while a plain getcontext() change shares the object the parent
already created."""
import asyncio
from decimal import Decimal, getcontext, localcontext, Context, setcontext, ROUND_DOWN, ROUND_UP, ROUND_HALF_EVEN


async def worker(name, prec, rounding, delay):
    with localcontext() as ctx:
        ctx.prec = prec
        ctx.rounding = rounding
        first = Decimal(2) / 3
        await asyncio.sleep(delay)
        second = Decimal(1) / 7
        seen = getcontext()
        print(f"{name}: prec={seen.prec} rounding={seen.rounding} 2/3={first} 1/7={second}")
    return name, Decimal(1) / 3


async def kw_worker(prec):
    with localcontext(prec=prec, rounding=ROUND_UP) as ctx:
        await asyncio.sleep(0.005)
        return f"kw prec {ctx.prec}: {Decimal(10).sqrt()} {Decimal('1.23456789') * 1}"


async def fresh_task():
    # This task's context copy has no decimal context yet if the parent
    # never asked for one; the first getcontext() makes a new default.
    ctx = getcontext()
    ctx.prec = 4
    await asyncio.sleep(0)
    return f"fresh task: {Decimal(1) / 3} prec={getcontext().prec}"


async def sharing_task():
    getcontext().prec = 6  # the same Context object as the parent's
    await asyncio.sleep(0)
    return f"sharing task: {Decimal(1) / 3}"


async def setcontext_task():
    setcontext(Context(prec=3, rounding=ROUND_DOWN))
    await asyncio.sleep(0.001)
    return f"setcontext task: {Decimal(2) / 3} {getcontext()}"


async def main():
    print("fresh first:", await asyncio.create_task(fresh_task()))
    print("main default prec:", getcontext().prec, Decimal(1) / 3)
    results = await asyncio.gather(
        worker("alpha", 5, ROUND_DOWN, 0.03),
        worker("beta", 12, ROUND_UP, 0.01),
        worker("gamma", 40, ROUND_HALF_EVEN, 0.02),
    )
    for name, third in results:
        print(f"after {name}'s block: 1/3={third}")
    print(await kw_worker(8))
    print(await asyncio.create_task(setcontext_task()))
    print("main still:", getcontext().prec, getcontext().rounding)
    print(await asyncio.create_task(sharing_task()))
    print("main after sharing task: prec", getcontext().prec, Decimal(1) / 3)
    getcontext().prec = 28
    ctx = Context(prec=10)
    print("explicit:", ctx.prec, ctx.rounding, ctx.divide(Decimal(1), Decimal(3)), ctx.add(Decimal("1.00000000005"), 1))
    with localcontext(ctx) as c2:
        c2.prec += 2
        print("nested:", Decimal(1) / 3, c2.prec, ctx.prec)
        with localcontext() as c3:
            c3.prec = 3
            print("inner:", Decimal(1) / 3, "+", +Decimal("3.14159"))
        print("back:", Decimal(1) / 3)
    print("restored:", Decimal(1) / 3, getcontext().prec)
    print(getcontext())


asyncio.run(main())
