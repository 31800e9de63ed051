"""Sensor readings as slotted records, aggregated by worker tasks."""
import asyncio


class Reading:
    __slots__ = ("sensor", "value", "unit")

    def __init__(self, sensor, value, unit="C"):
        self.sensor = sensor
        self.value = value
        self.unit = unit

    def __repr__(self):
        return f"Reading({self.sensor!r}, {self.value}, {self.unit!r})"


class Summary:
    __slots__ = ["count", "total", "peak"]

    def __init__(self):
        self.count = 0
        self.total = 0.0

    def add(self, r):
        self.count += 1
        self.total += r.value
        try:
            if r.value > self.peak:
                self.peak = r.value
        except AttributeError as e:
            print("first reading:", e)
            self.peak = r.value


class Tag:
    __slots__ = "label"


async def producer(queue, sensor, values):
    for v in values:
        await asyncio.sleep(0.01)
        await queue.put(Reading(sensor, v))
    await queue.put(None)


async def consumer(name, queue, summary):
    while True:
        r = await queue.get()
        if r is None:
            break
        summary.add(r)
        try:
            r.note = "seen by " + name
        except AttributeError as e:
            print(f"{name}: cannot annotate {r!r}: {e}")
    return summary


async def main():
    print(Reading.__slots__, Summary.__slots__, Tag.__slots__)
    print(Reading.value)
    queue = asyncio.Queue()
    summary = Summary()
    prod = asyncio.create_task(producer(queue, "boiler", [61.5, 64.0, 59.25]))
    result = await consumer("c1", queue, summary)
    await prod
    print(result.count, result.total, result.peak)

    r = Reading("attic", 18.5)
    for attempt in (lambda: r.__dict__, lambda: vars(r)):
        try:
            attempt()
        except (AttributeError, TypeError) as e:
            print(type(e).__name__ + ":", e)
    del r.unit
    try:
        print(r.unit)
    except AttributeError as e:
        print("after del:", e)
    try:
        del r.unit
    except AttributeError as e:
        print("second del:", repr(e))
    r.unit = "F"
    print(r, hasattr(r, "unit"), getattr(r, "missing", "default"))

    tag = Tag()
    print(hasattr(tag, "label"))
    tag.label = "hot"
    print(tag.label)

    class Marker:
        __slots__ = ()

    try:
        Marker().flag = True
    except AttributeError as e:
        print("Marker:", e)

    readings = [Reading(f"s{i}", i * 1.5) for i in range(4)]

    async def scale(rd, factor):
        await asyncio.sleep(0.001 * factor)
        rd.value *= factor
        return rd

    scaled = await asyncio.gather(*(scale(rd, 2) for rd in readings))
    print(scaled)

    try:
        class Broken:
            __slots__ = ("value",)
            value = 0
    except ValueError as e:
        print("ValueError:", e)
    for bad in [(1, 2), ("ok", "not ok"), 7]:
        try:
            class Bad:
                __slots__ = bad
        except TypeError as e:
            print("TypeError:", e)


asyncio.run(main())
