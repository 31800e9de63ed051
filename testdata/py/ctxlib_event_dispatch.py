"""An event processor: Queue workers hand events to a singledispatch
handler table, an lru_cache'd enrichment lookup, Counter tallies merged
with +, and an ExitStack that owns per-run resources."""
import asyncio
from collections import ChainMap, Counter
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from functools import lru_cache, partial, singledispatch


@dataclass
class Click:
    user: str
    target: str


@dataclass
class Purchase:
    user: str
    amount: float


class Refund(Purchase):
    pass


@lru_cache(maxsize=4)
def segment(user):
    print(f"  (lookup segment for {user})")
    return "vip" if user.startswith("v") else "regular"


@singledispatch
def handle(event, tally):
    tally["unknown"] += 1
    return f"ignored {event!r}"


@handle.register
def _(event: Click, tally):
    tally[f"click:{segment(event.user)}"] += 1
    return f"{event.user} clicked {event.target}"


@handle.register
def _(event: Purchase, tally):
    tally[f"purchase:{segment(event.user)}"] += 1
    return f"{event.user} paid {event.amount:.2f}"


@handle.register(Refund)
def _(event, tally):
    tally["refund"] += 1
    return f"{event.user} refunded {event.amount:.2f}"


@handle.register(str)
@handle.register(float)
def _(event, tally):
    tally["raw"] += 1
    return f"raw {event!r}"


@contextmanager
def run_log(name, sink):
    sink.append(f"open {name}")
    try:
        yield sink
    finally:
        sink.append(f"close {name}")


async def worker(name, queue, tally, log):
    while True:
        event = await queue.get()
        try:
            log.append(f"{name}: {handle(event, tally)}")
        except Exception as exc:
            log.append(f"{name}: failed {exc!r}")
        finally:
            queue.task_done()
        await asyncio.sleep(0.01)


async def main():
    events = [Click("ann", "home"), Purchase("vic", 30), Click("vic", "cart"), Refund("ann", 5.5),
              "heartbeat", 1.5, 42, Click("bob", "faq"), Purchase("ann", 12.25), Click("zed", "home"),
              Click("ann", "exit")]
    sink = []
    with ExitStack() as stack:
        log = stack.enter_context(run_log("events", sink))
        stack.callback(partial(print, "stack closing with", len(sink), "log lines"))
        queue = asyncio.Queue()
        tallies = [Counter(), Counter()]
        workers = [asyncio.create_task(worker(f"w{i}", queue, tallies[i], log)) for i in range(2)]
        for e in events:
            queue.put_nowait(e)
        await queue.join()
        for w in workers:
            w.cancel()
        await asyncio.gather(*workers, return_exceptions=True)
    for line in sink:
        print(line)
    total = tallies[0] + tallies[1]
    print("total:", total)
    print("only w0:", tallies[0] - tallies[1])
    print("most common:", total.most_common(2))
    print(segment.cache_info())
    settings = ChainMap({"segment": "vip"}, {"segment": "regular", "limit": 10})
    print(settings["segment"], settings["limit"], settings.parents)
    print([handle.dispatch(t).__name__ for t in (Click, Refund, bool, str)])
    try:
        handle.register(Click, "not a function")(1)
    except TypeError as exc:
        print("TypeError:", exc)


asyncio.run(main())
