"""An order workflow driven by Enum states with methods and properties on
the enum, transitions validated by a table, and IntEnum priorities."""
import asyncio
from enum import Enum, IntEnum, auto


class Priority(IntEnum):
    LOW = 1
    NORMAL = 2
    HIGH = 3


class State(Enum):
    NEW = auto()
    PAID = auto()
    SHIPPED = auto()
    DELIVERED = auto()
    CANCELLED = auto()

    @property
    def final(self):
        return self in (State.DELIVERED, State.CANCELLED)

    def can_go(self, target):
        return target in TRANSITIONS.get(self, ())

    def __str__(self):
        return self.name.lower()


TRANSITIONS = {
    State.NEW: (State.PAID, State.CANCELLED),
    State.PAID: (State.SHIPPED, State.CANCELLED),
    State.SHIPPED: (State.DELIVERED,),
}


class TransitionError(Exception):
    pass


class Order:
    def __init__(self, oid, priority=Priority.NORMAL):
        self.oid = oid
        self.priority = priority
        self.state = State.NEW
        self.trail = [self.state]

    def move(self, target):
        if not self.state.can_go(target):
            raise TransitionError(f"order {self.oid}: {self.state} -> {target} not allowed")
        self.state = target
        self.trail.append(target)

    async def process(self, steps):
        for name in steps:
            await asyncio.sleep(0.01 * (4 - self.priority))
            try:
                self.move(State[name])
            except TransitionError as e:
                print("  !", e)
            except KeyError as e:
                print("  ! unknown state", e)
        return self


async def main():
    orders = [
        (Order(1, Priority.HIGH), ["PAID", "SHIPPED", "DELIVERED"]),
        (Order(2), ["PAID", "DELIVERED", "CANCELLED"]),
        (Order(3, Priority.LOW), ["SHIPPED", "LOST", "CANCELLED", "PAID"]),
    ]
    done = await asyncio.gather(*(o.process(s) for o, s in orders))
    for o in done:
        print(o.oid, o.priority.name, str(o.state), o.state.final, " > ".join(map(str, o.trail)))
    print(list(State)[:2], State(3), State["PAID"].value, repr(State.NEW))
    print(sorted(Priority, reverse=True), Priority.HIGH > Priority.LOW, Priority.HIGH + 1, Priority(2))
    print(max(done, key=lambda o: o.priority).oid, [p.value for p in Priority])
    print(State.NEW is State(1), State.NEW == 1, Priority.LOW == 1, len(State))
    by_state = {}
    for o in done:
        by_state.setdefault(o.state, []).append(o.oid)
    print(by_state)
    try:
        State(9)
    except ValueError as e:
        print("ValueError:", e)
    print(f"{State.SHIPPED}|{State.SHIPPED!r}|{Priority.HIGH}|{Priority.HIGH:>4}")


asyncio.run(main())
