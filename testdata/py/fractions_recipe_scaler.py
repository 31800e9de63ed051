"""Recipe scaling service: kitchen workers scale ingredient amounts exactly
with Fraction, convert to metric with floats, and report bad orders."""
import asyncio
import math
from fractions import Fraction

RECIPE = {
    "flour": Fraction("2 1/4".split()[0]) + Fraction(1, 4),
    "sugar": Fraction("0.75"),
    "butter": Fraction(1, 3),
    "salt": Fraction("1/8"),
    "eggs": Fraction(2),
}
CUP_ML = 236.5882365


async def scale(order_id, servings, base, queue):
    await asyncio.sleep(0.01 * (order_id % 3))
    factor = Fraction(servings, base)
    scaled = {k: v * factor for k, v in RECIPE.items()}
    await queue.put((order_id, factor, scaled))


async def kitchen(orders):
    queue = asyncio.Queue()
    errors = []

    async def guarded(oid, servings, base):
        try:
            await scale(oid, servings, base, queue)
        except (ZeroDivisionError, TypeError, ValueError) as e:
            errors.append(f"order {oid}: {type(e).__name__}: {e}")

    await asyncio.gather(*(guarded(i, s, b) for i, (s, b) in enumerate(orders)))
    results = []
    while not queue.empty():
        results.append(await queue.get())
    return sorted(results, key=lambda r: r[0]), errors


async def main():
    orders = [(6, 4), (1, 3), (10, 0), (Fraction(3, 2), 1), (2.5, 1), ("lots", 2), (7, 7)]
    results, errors = await kitchen(orders)
    for oid, factor, scaled in results:
        print(f"order {oid} x{factor}:")
        for name, qty in scaled.items():
            whole = math.floor(qty)
            rest = qty - whole
            mixed = f"{whole} {rest}" if whole and rest else str(qty)
            print(f"  {name:<6} {mixed:>8} cup  ~{float(qty) * CUP_ML:.1f} ml  round={round(qty, 2)!r}")
    print("\n".join(errors))

    total = sum(RECIPE.values())
    print("total", total, repr(total), float(total), total.as_integer_ratio())
    print("ordering", sorted(RECIPE.values()), max(RECIPE.values()) == Fraction(5, 2))
    third = Fraction(1, 3)
    print("third vs float", third == 1 / 3, third < 0.3333333333333334, Fraction(1 / 3) == 1 / 3,
          Fraction(1 / 3).limit_denominator(1000), Fraction(math.pi).limit_denominator(100000))
    print("hash like int", hash(Fraction(4, 2)) == hash(2), {Fraction(1, 2): "half"}[0.5], Fraction(6, 4) in {1.5})
    print("arith", third + 1, 1 - third, third * 0.5, 2 / third, third ** 2, third ** -1, 9 ** Fraction(1, 2),
          divmod(Fraction(7, 2), Fraction(2, 3)), Fraction(7, 2) // 1, Fraction(-7, 2) % 2)
    print("rounding", [round(Fraction(n, 2)) for n in range(-5, 6)], round(Fraction(1234, 3), -1), math.ceil(third),
          int(Fraction(-7, 2)), math.trunc(Fraction(-7, 2)))
    print("strings", Fraction(" -3/6 "), Fraction("1e-3"), Fraction("12.5e1"), Fraction.from_float(0.1))
    for bad in ("1/0", "one half", "1.2.3"):
        try:
            Fraction(bad)
        except (ValueError, ZeroDivisionError) as e:
            print(f"Fraction({bad!r}): {type(e).__name__}: {e}")
    try:
        print(f"{third:.3f}")
    except TypeError as e:
        print("TypeError:", e)
    try:
        third.limit_denominator(0)
    except ValueError as e:
        print("ValueError:", e)
    try:
        Fraction(float("inf"))
    except OverflowError as e:
        print("OverflowError:", e)


asyncio.run(main())
