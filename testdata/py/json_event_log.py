"""An event bus that serialises events to JSON lines: a default hook for sets, dataclasses and
timestamps, compact separators, ASCII escaping, and json.dump straight to sys.stdout."""
import asyncio
import json
import sys
from dataclasses import dataclass, asdict, field, is_dataclass
from datetime import datetime, timedelta, timezone


@dataclass
class Location:
    city: str
    lat: float
    lon: float


@dataclass
class Event:
    kind: str
    user: str
    tags: set = field(default_factory=set)
    where: Location = None
    at: datetime = None


def encode(obj):
    if isinstance(obj, set):
        return sorted(obj)
    if isinstance(obj, datetime):
        return obj.isoformat()
    if isinstance(obj, timedelta):
        return obj.total_seconds()
    if is_dataclass(obj):
        return asdict(obj)
    raise TypeError(f"cannot encode {type(obj).__name__}")


class Bus:
    def __init__(self):
        self.queue = asyncio.Queue()
        self.lines = []

    async def publish(self, event):
        await self.queue.put(event)

    async def run(self):
        while True:
            event = await self.queue.get()
            if event is None:
                break
            line = json.dumps(event, default=encode, separators=(",", ":"), sort_keys=True)
            self.lines.append(line)
            print("logged", len(line), "bytes:", line)


async def producer(bus, user, city, delay):
    start = datetime(2024, 5, 1, 9, 0, tzinfo=timezone.utc)
    for i in range(2):
        await asyncio.sleep(delay)
        ev = Event("click" if i == 0 else "purchase", user, {"web", user[0], "beta"},
                   Location(city, 48.8566 + i, 2.3522 * (i + 1)), start + timedelta(minutes=15 * i, seconds=delay))
        await bus.publish(ev)


async def main():
    bus = Bus()
    consumer = asyncio.create_task(bus.run())
    await asyncio.gather(producer(bus, "zoë", "Paris", 0.2), producer(bus, "Jürgen", "Köln", 0.3))
    await bus.publish(None)
    await consumer

    print("ASCII only:", json.dumps({"user": "zoë", "city": "Köln ☕"}))
    print("as is:", json.dumps({"user": "zoë", "city": "Köln ☕"}, ensure_ascii=False))
    json.dump({"count": len(bus.lines), "first": json.loads(bus.lines[0])["user"], "window": timedelta(minutes=90)},
              sys.stdout, default=encode, indent=4)
    print()
    json.dump([1, [2, [3, []]], {}], sys.stdout, indent="--")
    print()
    try:
        json.dumps({"handler": bus.run}, default=encode)
    except TypeError as exc:
        print("TypeError:", exc)
    try:
        json.dumps({"bus": bus})
    except TypeError as exc:
        print("TypeError:", exc)
    try:
        json.dump({"ok": 1, "late": [1, 2, object()]}, sys.stdout)
    except TypeError as exc:
        print()
        print("partial dump, then TypeError:", exc)


asyncio.run(main())
