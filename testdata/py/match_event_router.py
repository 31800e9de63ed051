import asyncio
from dataclasses import dataclass, field
from enum import Enum, auto
from typing import NamedTuple


class Kind(Enum):
    CLICK = auto()
    KEY = auto()
    RESIZE = auto()


@dataclass
class Event:
    kind: Kind
    payload: dict = field(default_factory=dict)


class Size(NamedTuple):
    width: int
    height: int


@dataclass
class Move:
    x: int
    y: int


class Quit:
    __match_args__ = ("reason",)

    def __init__(self, reason):
        self.reason = reason

    def __repr__(self):
        return f"Quit({self.reason!r})"


async def handle(msg, stats):
    await asyncio.sleep(0.01)
    match msg:
        case Event(Kind.CLICK, {"button": "left" | "right" as button, "pos": (x, y)}):
            stats["clicks"] += 1
            return f"{button} click at {x},{y}"
        case Event(kind=Kind.KEY, payload={"key": str(key), **mods}) if mods:
            return f"key {key!r} with {sorted(mods)}"
        case Event(kind=Kind.KEY, payload={"key": key}):
            return f"key {key!r}"
        case Event(Kind.RESIZE, {"size": Size(width=w, height=h)}) if w * h > 10_000:
            return f"big window {w}x{h}"
        case Event(Kind.RESIZE, {"size": Size(w, h) as size}):
            return f"window {size}"
        case Event(kind):
            return f"unhandled {kind.name}"
        case Move(0, 0):
            return "stay"
        case Move(x=0, y=dy) | Move(x=dy, y=0):
            return f"straight {dy}"
        case Move(x, y):
            return f"diagonal {x},{y}"
        case Quit(reason=None):
            return "quit"
        case Quit(str() as reason):
            return f"quit: {reason}"
        case ["batch", *items] if items:
            results = await asyncio.gather(*(handle(i, stats) for i in items))
            return f"batch of {len(results)}: {results}"
        case ["batch"]:
            return "empty batch"
        case (1 | 2 | 3) as small:
            return f"small int {small}"
        case int(n) | float(n) if n < 0:
            return f"negative {n}"
        case {"cmd": "sleep", "secs": float() | int() as secs}:
            await asyncio.sleep(secs)
            return f"slept {secs}"
        case str() as text if text.startswith("/"):
            command, *args = text[1:].split()
            return f"command {command} {args}"
        case _:
            raise ValueError(f"cannot handle {msg!r}")


async def main():
    stats = {"clicks": 0}
    inbox = [
        Event(Kind.CLICK, {"button": "left", "pos": (3, 4)}),
        Event(Kind.CLICK, {"button": "middle", "pos": (1, 1)}),
        Event(Kind.KEY, {"key": "a"}),
        Event(Kind.KEY, {"key": "s", "ctrl": True, "alt": False}),
        Event(Kind.RESIZE, {"size": Size(200, 100)}),
        Event(Kind.RESIZE, {"size": Size(20, 10)}),
        Event(Kind.RESIZE, {"size": (20, 10)}),
        Move(0, 0), Move(0, -3), Move(5, 0), Move(2, 2),
        Quit(None), Quit("done"), Quit(3),
        ["batch", Move(1, 0), Event(Kind.KEY, {"key": "q"})], ["batch"],
        2, 7, -1.5, {"cmd": "sleep", "secs": 0.05}, "/join #general now", "hello",
    ]
    tasks = [asyncio.create_task(handle(m, stats)) for m in inbox]
    for msg, task in zip(inbox, tasks):
        try:
            print(await task)
        except ValueError as e:
            print("error:", e)
    print(stats)

    loop = asyncio.get_running_loop()
    match loop.time(), sorted(stats.items()):
        case (float() as t, [("clicks", n)]) if t > 0:
            print("clicks counted:", n)


asyncio.run(main())
