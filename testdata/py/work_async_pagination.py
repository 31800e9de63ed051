"""Async iterator classes paging through a fake REST API, with context-managed sessions."""
import asyncio
import itertools
import json
from dataclasses import dataclass, asdict
from typing import AsyncIterator, Iterable, Iterator, List, Optional, TypedDict


class UserRecord(TypedDict):
    id: int
    name: str
    active: bool


DATABASE: List[UserRecord] = [
    {"id": i, "name": f"user{i:02d}", "active": i % 3 != 0} for i in range(1, 24)
]


class ApiError(Exception):
    def __init__(self, status: int, body: str):
        super().__init__(status, body)
        self.status = status
        self.body = body


class Session:
    def __init__(self, base_url: str):
        self.base_url = base_url
        self.requests = 0
        self.open = False

    async def __aenter__(self):
        await asyncio.sleep(0.01)
        self.open = True
        print(f"session to {self.base_url} opened")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.01)
        self.open = False
        print(f"session closed after {self.requests} requests; error={exc_type.__name__ if exc_type else None}")
        return exc_type is ApiError

    async def get(self, path: str, page: int, size: int) -> str:
        if not self.open:
            raise RuntimeError("session is closed")
        self.requests += 1
        await asyncio.sleep(0.05)
        if page > 100:
            raise ApiError(400, json.dumps({"error": "page out of range", "page": page}))
        start = (page - 1) * size
        items = DATABASE[start:start + size]
        body = {"page": page, "items": items, "next": page + 1 if start + size < len(DATABASE) else None}
        return json.dumps(body)


class Paginator:
    """Async iterator over every item of a paged endpoint."""

    def __init__(self, session: Session, path: str, size: int = 5):
        self.session = session
        self.path = path
        self.size = size
        self._page: Optional[int] = 1
        self._buffer: List[UserRecord] = []
        self.pages_fetched = 0

    def __aiter__(self) -> "Paginator":
        return self

    async def __anext__(self) -> UserRecord:
        while not self._buffer:
            if self._page is None:
                raise StopAsyncIteration
            raw = await self.session.get(self.path, self._page, self.size)
            body = json.loads(raw)
            self.pages_fetched += 1
            self._buffer = body["items"]
            self._page = body["next"]
        return self._buffer.pop(0)


class Countdown:
    def __init__(self, n: int):
        self.n = n

    def __iter__(self) -> Iterator[int]:
        return self

    def __next__(self) -> int:
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


def batched(iterable: Iterable, n: int) -> Iterator[tuple]:
    it = iter(iterable)
    while batch := tuple(itertools.islice(it, n)):
        yield batch


@dataclass
class Summary:
    total: int
    active: int
    pages: int
    names: str


async def main():
    async with Session("https://api.example.test") as session:
        pager = Paginator(session, "/users", size=6)
        active = [u async for u in pager if u["active"]]
        summary = Summary(total=len(DATABASE), active=len(active), pages=pager.pages_fetched,
                          names=",".join(u["name"][-2:] for u in active[:5]))
        print(json.dumps(asdict(summary), indent=4))
        for group in batched((u["id"] for u in active), 4):
            print("batch", group)

    async with Session("https://broken.example.test") as session:
        print(await session.get("/users", 1, 2))
        await session.get("/users", 101, 2)
        print("never printed")
    print("suppressed ApiError, session open:", session.open)

    try:
        async with Session("https://other.example.test") as s:
            raise KeyError("boom")
    except KeyError as exc:
        print("KeyError propagated:", exc)
    try:
        await s.get("/x", 1, 1)
    except RuntimeError as exc:
        print("closed:", exc)

    print(list(Countdown(4)), sum(Countdown(10)), list(itertools.chain(Countdown(2), "ab")))
    pairs = list(itertools.pairwise(Countdown(4)))
    print(pairs, list(itertools.accumulate(Countdown(5), lambda a, b: a * b)))
    it = aiter(Paginator(Session("x"), "/y"))
    try:
        await anext(it)
    except RuntimeError as exc:
        print(type(exc).__name__, exc)


asyncio.run(main())
