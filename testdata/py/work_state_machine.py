"""Order lifecycle state machine with transitions table, hooks and an audit trail."""
import asyncio
import logging
import sys
from dataclasses import dataclass, field
from enum import Enum, auto
from typing import Callable, Dict, List, Optional, Set, Tuple

logging.basicConfig(stream=sys.stdout, level=logging.INFO,
                    format="%(relativeCreated)6.0fms %(levelname).1s %(message)s")
log = logging.getLogger("orders")


class OrderState(Enum):
    NEW = auto()
    PAID = auto()
    PACKED = auto()
    SHIPPED = auto()
    DELIVERED = auto()
    CANCELLED = auto()
    REFUNDED = auto()

    @property
    def terminal(self) -> bool:
        return self in {OrderState.DELIVERED, OrderState.CANCELLED, OrderState.REFUNDED}

    def __str__(self):
        return self.name.lower()


class InvalidTransition(Exception):
    def __init__(self, order_id, current, target):
        self.order_id = order_id
        self.current = current
        self.target = target
        super().__init__(f"order {order_id}: {current} -> {target} is not allowed")


TRANSITIONS: Dict[OrderState, Set[OrderState]] = {
    OrderState.NEW: {OrderState.PAID, OrderState.CANCELLED},
    OrderState.PAID: {OrderState.PACKED, OrderState.REFUNDED, OrderState.CANCELLED},
    OrderState.PACKED: {OrderState.SHIPPED},
    OrderState.SHIPPED: {OrderState.DELIVERED},
}


@dataclass
class Order:
    id: int
    customer: str
    total: float
    state: OrderState = OrderState.NEW
    history: List[Tuple[float, OrderState]] = field(default_factory=list)

    def __post_init__(self):
        self.history.append((0.0, self.state))


class OrderMachine:
    def __init__(self):
        self.hooks: Dict[OrderState, List[Callable[[Order], None]]] = {}
        self.audit: List[str] = []

    def on_enter(self, state: OrderState):
        def deco(fn):
            self.hooks.setdefault(state, []).append(fn)
            return fn
        return deco

    def transition(self, order: Order, target: OrderState, now: float) -> None:
        allowed = TRANSITIONS.get(order.state, set())
        if target not in allowed:
            raise InvalidTransition(order.id, order.state, target)
        previous, order.state = order.state, target
        order.history.append((round(now, 2), target))
        self.audit.append(f"#{order.id}: {previous!s:>9} => {target!s:<9}")
        for hook in self.hooks.get(target, []):
            hook(order)


machine = OrderMachine()
refunds: List[float] = []


@machine.on_enter(OrderState.SHIPPED)
def notify_shipped(order: Order):
    log.info("order %d shipped to %s", order.id, order.customer)


@machine.on_enter(OrderState.REFUNDED)
def record_refund(order: Order):
    refunds.append(order.total)
    log.warning("refund %.2f for order %d", order.total, order.id)


async def fulfil(order: Order, plan: List[OrderState], step: float):
    loop = asyncio.get_running_loop()
    for target in plan:
        await asyncio.sleep(step)
        try:
            machine.transition(order, target, loop.time())
        except InvalidTransition as exc:
            log.error("%s", exc)
            return False
        if order.state.terminal:
            break
    return order.state


def describe(order: Order) -> str:
    match order.state:
        case OrderState.DELIVERED:
            return f"{order.customer} received their order"
        case OrderState.CANCELLED | OrderState.REFUNDED as s:
            return f"{order.customer}'s order ended as {s}"
        case OrderState(name=name) if name.startswith("P"):
            return f"{order.customer}'s order is in progress ({name})"
        case _:
            return f"{order.customer}'s order is {order.state}"


async def main():
    S = OrderState
    orders = [
        (Order(1, "ana", 30.0), [S.PAID, S.PACKED, S.SHIPPED, S.DELIVERED], 0.1),
        (Order(2, "ben", 12.5), [S.PAID, S.REFUNDED, S.PACKED], 0.15),
        (Order(3, "cy", 99.99), [S.PACKED], 0.05),
        (Order(4, "dee", 5.0), [S.CANCELLED], 0.2),
        (Order(5, "eve", 42.0), [S.PAID, S.PACKED], 0.07),
    ]
    results = await asyncio.gather(*(fulfil(o, plan, step) for o, plan, step in orders))
    for (order, _, _), result in zip(orders, results):
        print(f"{order.id}: {str(result):<10} {describe(order)}")
        print("   ", " > ".join(f"{s}@{t}" for t, s in order.history))
    print("\n".join(machine.audit))
    print("refunds:", refunds, "terminal states:", sorted(s.name for s in S if s.terminal))
    print(repr(S.PAID), S["SHIPPED"], S(3), len(S), S.NEW.value)


asyncio.run(main())
