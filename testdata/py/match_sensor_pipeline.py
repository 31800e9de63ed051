import asyncio
from collections import namedtuple
from enum import IntEnum
from typing import NamedTuple


class Severity(IntEnum):
    OK = 0
    WARN = 1
    CRIT = 2


class Reading(NamedTuple):
    sensor: str
    kind: str
    value: float
    unit: str = "C"


Alert = namedtuple("Alert", ["sensor", "severity", "message"])


def classify(reading):
    match reading:
        case Reading(kind="temp", value=v, unit="F"):
            return classify(reading._replace(value=round((v - 32) * 5 / 9, 1), unit="C"))
        case Reading(s, "temp", v) if v >= 90:
            return Alert(s, Severity.CRIT, f"overheat {v}")
        case Reading(s, "temp", v) if v >= 70:
            return Alert(s, Severity.WARN, f"hot {v}")
        case Reading(s, "humidity", v, "%") if not 20 <= v <= 80:
            return Alert(s, Severity.WARN, f"humidity {v}%")
        case Reading(_, "door", 1.0 | 0.0 as state):
            return None if state == 0.0 else Alert(reading.sensor, Severity.OK, "door open")
        case Reading():
            return None


async def sensor(name, samples, out):
    for kind, value, *unit in samples:
        await asyncio.sleep(0.01)
        await out.put(Reading(name, kind, value, *unit))
    await out.put(None)


async def monitor(queue, producers):
    alerts = []
    finished = 0
    while finished < producers:
        item = await queue.get()
        match item:
            case None:
                finished += 1
            case Reading() as r:
                if (alert := classify(r)) is not None:
                    alerts.append(alert)
    return alerts


async def main():
    queue = asyncio.Queue()
    feeds = {
        "s1": [("temp", 65.0), ("temp", 75.5), ("humidity", 85.0, "%")],
        "s2": [("temp", 200.0, "F"), ("door", 1.0), ("door", 0.0)],
        "s3": [("temp", 95.0), ("humidity", 50.0, "%"), ("pressure", 1.2, "bar")],
    }
    producers = [asyncio.create_task(sensor(n, s, queue)) for n, s in feeds.items()]
    alerts = await monitor(queue, len(producers))
    await asyncio.gather(*producers)
    for a in sorted(alerts, key=lambda a: (-a.severity, a.sensor)):
        print(f"{a.severity.name:<4} {a.sensor}: {a.message}", a.severity > Severity.OK)
    worst = max(alerts, key=lambda a: a.severity)
    sensor_name, severity, _ = worst
    print(worst, sensor_name, severity, int(severity), Severity(severity + 0))
    by_level = {}
    for a in alerts:
        by_level.setdefault(a.severity, []).append(a.sensor)
    print(by_level, by_level[2], [Severity(k).name for k in sorted(by_level)])
    match [a.severity for a in alerts]:
        case [Severity.CRIT, Severity.CRIT, *_]:
            print("two criticals in a row")
        case [first, *rest] if Severity.CRIT in rest:
            print("first", first.name, "later critical")
        case _:
            print("no pattern")


asyncio.run(main())
