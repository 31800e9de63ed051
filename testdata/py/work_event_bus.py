"""Event bus with sync and async subscribers, wildcard topics, and a dead letter log."""
import asyncio
import inspect
import logging
from abc import ABC, abstractmethod
from collections import defaultdict, OrderedDict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Callable, DefaultDict, List, Protocol


logging.basicConfig(format="%(levelname)s:%(name)s:%(funcName)s: %(message)s", level=logging.DEBUG)
log = logging.getLogger("bus")


@dataclass(frozen=True)
class Event:
    topic: str
    payload: dict
    created: datetime = field(default_factory=datetime.now)

    def age(self, now: datetime) -> timedelta:
        return now - self.created


class Handler(Protocol):
    def __call__(self, event: Event) -> None: ...


class Subscriber(ABC):
    name = "subscriber"

    @abstractmethod
    async def handle(self, event: Event) -> None:
        ...

    def __repr__(self):
        return f"{type(self).__name__}({self.name})"


class AuditLog(Subscriber):
    name = "audit"

    def __init__(self):
        self.lines = []

    async def handle(self, event):
        await asyncio.sleep(0.01)
        self.lines.append(f"{event.created:%H:%M:%S} {event.topic} {sorted(event.payload)}")


class Mailer(Subscriber):
    name = "mailer"

    def __init__(self, fail_on):
        self.fail_on = fail_on
        self.sent = 0

    async def handle(self, event):
        if event.payload.get("user") == self.fail_on:
            raise ConnectionError(f"smtp refused {self.fail_on}")
        await asyncio.sleep(0.02)
        self.sent += 1


class EventBus:
    def __init__(self):
        self._subs: DefaultDict[str, List[Callable]] = defaultdict(list)
        self.dead_letters = OrderedDict()
        self.delivered = 0

    def subscribe(self, topic: str, handler) -> Callable[[], None]:
        self._subs[topic].append(handler)

        def unsubscribe():
            self._subs[topic].remove(handler)
            log.debug("unsubscribed %r from %s", handler, topic)
        return unsubscribe

    def on(self, topic):
        def register(func):
            self.subscribe(topic, func)
            return func
        return register

    def _matching(self, topic):
        for pattern, handlers in self._subs.items():
            if pattern == topic or (pattern.endswith(".*") and topic.startswith(pattern[:-1])):
                yield from handlers

    async def publish(self, event: Event):
        coros = []
        for handler in self._matching(event.topic):
            target = handler.handle if isinstance(handler, Subscriber) else handler
            if inspect.iscoroutinefunction(target):
                coros.append(target(event))
            else:
                try:
                    target(event)
                    self.delivered += 1
                except Exception as exc:
                    self.dead_letters[(event.topic, getattr(target, "__name__", "?"))] = repr(exc)
        results = await asyncio.gather(*coros, return_exceptions=True)
        for res in results:
            if isinstance(res, BaseException):
                log.warning("delivery failed for %s: %s", event.topic, res)
                self.dead_letters[(event.topic, type(res).__name__)] = str(res)
                self.dead_letters.move_to_end((event.topic, type(res).__name__), last=False)
            else:
                self.delivered += 1


async def main():
    bus = EventBus()
    audit = AuditLog()
    mailer = Mailer(fail_on="mallory")
    counts = defaultdict(int)

    bus.subscribe("user.*", audit)
    unsubscribe_mail = bus.subscribe("user.created", mailer)

    @bus.on("user.*")
    def count(event):
        counts[event.topic] += 1

    @bus.on("order.placed")
    def explode(event):
        raise KeyError(event.payload["sku"])

    @bus.on("order.placed")
    async def reserve(event):
        await asyncio.sleep(0.03)
        log.info("reserved %s", event.payload)

    start = datetime.now()
    await bus.publish(Event("user.created", {"user": "alice", "plan": "pro"}))
    await asyncio.sleep(1.5)
    await bus.publish(Event("user.created", {"user": "mallory"}))
    await bus.publish(Event("order.placed", {"sku": "A-1", "qty": 2}))
    unsubscribe_mail()
    await asyncio.sleep(60)
    late = Event("user.deleted", {"user": "bob"})
    await bus.publish(late)

    try:
        late.topic = "changed"
    except Exception as exc:
        print(type(exc).__name__, exc)
    print("delivered:", bus.delivered)
    print("counts:", dict(counts))
    print("audit:")
    for line in audit.lines:
        print("  ", line)
    print("mailer sent", mailer.sent, repr(mailer))
    for key, value in bus.dead_letters.items():
        print("dead:", key, value)
    print("age:", late.age(start + timedelta(minutes=2)), (datetime.now() - start).total_seconds())
    print(Event("x", {}) == Event("x", {}))
    print(hash(Event("x", {}, start)))


asyncio.run(main())
