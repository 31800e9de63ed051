"""Events as dataclasses and plain classes dispatched with match: class
patterns by position (__match_args__) and keyword, guards, or-patterns,
nested sequences and mappings, consumed from a queue."""
import asyncio
from dataclasses import dataclass


@dataclass
class Click:
    x: int
    y: int
    button: str = "left"


@dataclass
class Key:
    code: str
    mods: tuple = ()


class Scroll:
    __match_args__ = ("delta",)

    def __init__(self, delta, axis="y"):
        self.delta = delta
        self.axis = axis


class Resize:
    def __init__(self, w, h):
        self.w = w
        self.h = h


def describe(event):
    match event:
        case Click(0, 0):
            return "click at origin"
        case Click(x, y, button="right") if x > 100:
            return f"context menu far right at {x},{y}"
        case Click(x=x, y=y, button=b):
            return f"{b} click at {x},{y}"
        case Key("q" | "Q", mods) if "ctrl" in mods:
            return "quit"
        case Key(code, ()):
            return f"key {code}"
        case Key(code, (first, *rest)):
            return f"key {code} with {first} (+{len(rest)})"
        case Scroll(0):
            return "scroll nothing"
        case Scroll(d) if d < 0:
            return f"scroll up {-d} on {event.axis}"
        case Scroll(delta=d):
            return f"scroll down {d}"
        case Resize(w=w, h=h) as r if w == h:
            return f"square {w} ({type(r).__name__})"
        case Resize():
            return "resize"
        case {"type": "custom", "payload": [_, *_] as items}:
            return f"custom with {len(items)} items"
        case [Click() as a, Click() as b]:
            return f"double click {a.button}/{b.button}"
        case str() | int():
            return f"text {event!r}"
        case _:
            return f"unknown {type(event).__name__}"


async def producer(queue, events):
    for e in events:
        await asyncio.sleep(0.01)
        await queue.put(e)
    await queue.put(None)


async def main():
    events = [Click(0, 0), Click(150, 5, "right"), Click(3, 4, "middle"), Key("q", ("ctrl",)),
              Key("a"), Key("b", ("shift", "alt")), Scroll(0), Scroll(-3, "x"), Scroll(7),
              Resize(5, 5), Resize(1, 2), {"type": "custom", "payload": [1, 2]},
              {"type": "custom", "payload": []}, [Click(1, 1), Click(1, 1, "right")], "hi", 3.5]
    queue = asyncio.Queue()
    task = asyncio.create_task(producer(queue, events))
    while (e := await queue.get()) is not None:
        print(describe(e))
    await task
    print(Click.__match_args__, Key.__match_args__)


asyncio.run(main())
