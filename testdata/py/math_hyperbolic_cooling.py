"""Sensor fleet: each probe models a cooling curve and a saturating gain with
the hyperbolic functions, log1p and expm1; overflow and domain errors are
caught per probe and summarised."""
import asyncio
import math


def gain(x, k):
    return math.tanh(k * x)


def catenary(a, x):
    return a * math.cosh(x / a)


def growth(rate, t):
    # compound growth without losing the small rates
    return math.expm1(t * math.log1p(rate))


async def probe(pid, params, q):
    await asyncio.sleep(0.001 * pid)
    k, a, rate = params
    readings = []
    for x in (-3, -0.5, 0, 1e-9, 0.5, 2, 25):
        readings.append(gain(x, k))
    try:
        sag = catenary(a, 10)
    except OverflowError as e:
        sag = f"OverflowError: {e}"
    await q.put((pid, readings, sag, growth(rate, 12)))


async def main():
    q = asyncio.Queue()
    fleet = [(0.5, 20.0, 0.01), (3.0, 0.01, 1e-12), (1.0, 7.5, -0.5), (10.0, 0.0125, 0.07)]
    await asyncio.gather(*(probe(i, p, q) for i, p in enumerate(fleet)))
    while not q.empty():
        pid, readings, sag, grown = await q.get()
        print(f"probe {pid}: gains={readings}")
        print(f"  sag={sag} growth={grown!r}")

    for x in (0.0, -0.0, 1e-300, 1e-10, 0.3, 1, 2.5, 22, 30, 700, 709.78, -710.4):
        try:
            print("h", x, math.sinh(x), math.cosh(x), math.tanh(x), math.asinh(x))
        except OverflowError as e:
            print("h", x, "OverflowError:", e)
    for x in (1, 1.0000001, 1.5, 2, 10, 2 ** 30, 1e300, math.inf):
        print("acosh", x, math.acosh(x))
    for x in (0, 0.1, 0.5, 0.9, 0.999999, -0.75):
        print("atanh", x, math.atanh(x))
    for x in (-0.9999, -0.5, -1e-20, 0.0, 1e-5, 0.41, 3, 1e16, 2 ** 1000):
        print("log1p/expm1", x, math.log1p(x), math.expm1(x) if x < 700 else "skip")
    print("expm1 edges", math.expm1(-40), math.expm1(1e-10), math.expm1(709), math.expm1(-math.inf))

    errors = []
    for name, fn, arg in [("acosh", math.acosh, 0.5), ("atanh", math.atanh, 1), ("atanh", math.atanh, -1.5),
                          ("log1p", math.log1p, -1), ("log1p", math.log1p, -2), ("sinh", math.sinh, 711),
                          ("cosh", math.cosh, -800), ("expm1", math.expm1, 710)]:
        try:
            fn(arg)
        except (ValueError, OverflowError) as e:
            errors.append(f"{name}({arg}): {type(e).__name__}: {e}")
    print("\n".join(errors))
    print("gamma of negatives", math.gamma(-0.5), math.gamma(-2.5), math.lgamma(-0.5), math.lgamma(-7.25))


asyncio.run(main())
