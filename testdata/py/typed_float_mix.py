"""Float and int arithmetic in typed helpers: averages, floor division and
modulo of negative floats, true division of ints, and division by zero caught
where a sensor batch is empty, all inside an asyncio pipeline."""
import asyncio


def mean(total: float, count: int) -> float:
    return total / count


def scale(x: float, k: int) -> float:
    return x * k + 0.5


def ratio(a: int, b: int) -> float:
    return a / b


def wrap_angle(deg: float) -> float:
    return deg % 360.0


def buckets(x: float, width: float) -> float:
    return x // width


def compound(rate: float, years: int) -> float:
    value = 1.0
    for _ in range(years):
        value = value * (1.0 + rate)
    return value


def describe(x: float) -> str:
    if x > 100.0:
        return "high"
    if x < -100.0:
        return "low"
    return "normal"


async def sensor(name: str, readings: list, out: asyncio.Queue) -> None:
    total = 0.0
    count = 0
    for r in readings:
        await asyncio.sleep(0.001)
        total += r
        count += 1
    try:
        avg = mean(total, count)
        await out.put(f"{name}: mean {avg} ({describe(avg)}), scaled {scale(avg, 3)}")
    except ZeroDivisionError as e:
        await out.put(f"{name}: no readings ({e})")


async def main() -> None:
    out: asyncio.Queue = asyncio.Queue()
    await asyncio.gather(
        sensor("north", [1.5, 2.25, 3.0], out),
        sensor("south", [], out),
        sensor("east", [250.0, 120.5], out),
        sensor("west", [-300.0, -0.1], out),
    )
    while not out.empty():
        print(await out.get())
    print(ratio(1, 3), ratio(10, 4), ratio(-7, 2), ratio(2 ** 60 + 1, 3))
    print(wrap_angle(-30.0), wrap_angle(725.5), wrap_angle(-0.0))
    print(buckets(7.5, 2.0), buckets(-7.5, 2.0), buckets(7.5, -2.0))
    print(compound(0.05, 10), compound(0.1, 3))
    print(0.1 + 0.2, mean(0.1 + 0.2, 1), scale(1e308, 10))
    for bad in (0.0, -0.0):
        try:
            print(buckets(1.0, bad))
        except ZeroDivisionError as e:
            print("floor:", e)
        try:
            print(wrap_angle(1.0) % bad)
        except ZeroDivisionError as e:
            print("mod:", e)
    try:
        print(ratio(1, 0))
    except ZeroDivisionError as e:
        print("ratio:", e)
    try:
        print(mean(1.0, 2 ** 2000))
    except OverflowError as e:
        print("overflow:", e)


asyncio.run(main())
