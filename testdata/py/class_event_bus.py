import asyncio


class Event:
    def __init__(self, topic, payload):
        self.topic = topic
        self.payload = payload

    def __repr__(self):
        return f"Event({self.topic!r}, {self.payload!r})"


class Subscriber:
    def __init__(self, name, priority):
        self.name = name
        self.priority = priority
        self.seen = []

    def __call__(self, event):
        self.seen.append(event.payload)
        print(f"  {self.name} got {event}")

    def rank(self):
        return (-self.priority, self.name)


class Bus:
    def __init__(self):
        self.subs = {}
        self.loop = asyncio.get_running_loop()
        self.delivered = 0

    def subscribe(self, topic, handler):
        self.subs.setdefault(topic, []).append(handler)
        return self

    def publish(self, event):
        for h in self.subs.get(event.topic, []):
            self.loop.call_soon(self._deliver, h, event)

    def _deliver(self, handler, event):
        self.delivered += 1
        handler(event)

    async def drain(self):
        await asyncio.sleep(0)


class Audit:
    def __init__(self):
        self.log = []

    def record(self, event):
        self.log.append(event.topic)


async def main():
    bus = Bus()
    a, b, c = Subscriber("a", 1), Subscriber("b", 5), Subscriber("c", 5)
    audit = Audit()
    bus.subscribe("orders", a).subscribe("orders", b).subscribe("users", c)
    bus.subscribe("orders", audit.record).subscribe("users", audit.record)
    for i, topic in enumerate(["orders", "users", "orders", "misc"]):
        bus.publish(Event(topic, i))
    await bus.drain()
    print(bus.delivered, audit.log)
    ranked = sorted([a, b, c], key=Subscriber.rank)
    print([s.name for s in ranked], [s.seen for s in ranked])
    print(callable(a), callable(audit), callable(audit.record), audit.record.__func__.__qualname__, a.rank.__func__ is Subscriber.rank)

asyncio.run(main())
