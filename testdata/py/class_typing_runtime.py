import asyncio
from typing import TYPE_CHECKING, Generic, Optional, Protocol, TypeVar, cast

if TYPE_CHECKING:
    print("type checking")

T = TypeVar("T")


class Sink(Protocol):
    def write(self, item: str) -> None: ...


class Printer:
    def __init__(self) -> None:
        self.lines: list[str] = []

    def write(self, item: str) -> None:
        self.lines.append(item)
        print("write", item)


class Channel(Generic[T]):
    def __init__(self) -> None:
        self.queue: asyncio.Queue = asyncio.Queue()
        self.closed = False

    async def send(self, item: T) -> None:
        await self.queue.put(item)

    async def recv(self) -> Optional[T]:
        return await self.queue.get()


async def pump(ch: "Channel[int]", sink: Sink, n: int) -> int:
    total = 0
    for _ in range(n):
        v = cast(int, await ch.recv())
        total += v
        sink.write(f"got {v}")
    return total


async def main() -> None:
    ch: Channel[int] = Channel[int]()
    p = Printer()
    for i in range(3):
        await ch.send(i * 10)
    print(await pump(ch, p, 3), p.lines, T, TYPE_CHECKING)
    print([c.__name__ for c in Channel.__mro__], isinstance(ch, Channel))
    try:
        Sink()
    except TypeError as e:
        print(e)
    try:
        isinstance(p, Sink)
    except TypeError as e:
        print(e)

asyncio.run(main())
