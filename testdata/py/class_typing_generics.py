from __future__ import annotations

import asyncio
import typing
from dataclasses import dataclass, field
from typing import (TYPE_CHECKING, Callable, ClassVar, Dict, Final, Generic, List, NewType, Optional,
                    Protocol, TypeVar, Union, cast)

if TYPE_CHECKING:
    from collections.abc import Awaitable, Iterator
    from decimal import Decimal

UserId = NewType("UserId", int)
T = TypeVar("T")
K = typing.TypeVar("K", bound=str)
T_co = TypeVar("T_co", covariant=True)
Handler = Callable[[str], Optional[int]]
JsonValue = Union[str, int, float, None, List["JsonValue"], Dict[str, "JsonValue"]]
MaybeUser = typing.Optional["User"]
RETRIES: Final = 3


class Closeable(Protocol):
    def close(self) -> None: ...


class Named(typing.Protocol):
    name: str

    def describe(self) -> str:
        ...


@dataclass
class User:
    id: UserId
    name: str
    tags: List[str] = field(default_factory=list)
    created: ClassVar[int] = 0

    def describe(self) -> str:
        return f"{self.name}#{self.id}"


class Repository(Generic[T]):
    instances: ClassVar[int] = 0

    def __init__(self, label: str) -> None:
        self.label = label
        self.items: Dict[int, T] = {}
        Repository.instances += 1

    async def add(self, key: int, item: T) -> None:
        await asyncio.sleep(0.01)
        self.items[key] = item

    async def get(self, key: int) -> Optional[T]:
        await asyncio.sleep(0.01)
        return self.items.get(key)

    def close(self) -> None:
        print(f"closing {self.label} with {len(self.items)} items")


class Cache(Repository[T], Generic[T]):
    def hit_rate(self) -> float:
        return 1.0 if self.items else 0.0


def shutdown(resources: List[Closeable]) -> None:
    for r in resources:
        r.close()


def parse_age(text: str) -> Optional[int]:
    return int(text) if text.isdigit() else None


async def main() -> None:
    users: Repository[User] = Repository[User]("users")
    cache = Cache[str]("cache")
    for i, name in enumerate(["ada", "grace", "linus"], start=1):
        await users.add(i, User(UserId(i * 100), name))
        await cache.add(i, name.upper())
    found = await users.get(2)
    missing = await users.get(9)
    print(found, missing, found.describe() if found else None)
    user = cast(User, found)
    named: Named = cast("Named", user)
    print(named.describe(), type(UserId(5)).__name__, UserId, cache.hit_rate())
    handler: Handler = parse_age
    print(handler("42"), handler("x"), Repository.instances, RETRIES)
    print(T, K, T_co, Handler, MaybeUser)
    print(typing.Optional[int], Optional[Union[int, str]], Union[int], typing.Dict[str, typing.List[int]])
    print(JsonValue)
    print(typing.Callable[[int, str], bool], ClassVar[int], typing.Literal["on", "off"], typing.Tuple[()])
    print(typing.TYPE_CHECKING, TYPE_CHECKING, typing.cast(int, "not checked"))
    for bad in (lambda: Optional[int](), lambda: typing.TypeVar("X", int), lambda: TypeVar("Y", int, str, bound=int)):
        try:
            bad()
        except TypeError as e:
            print("TypeError:", e)
    try:
        Closeable()
    except TypeError as e:
        print("TypeError:", e)
    shutdown([users, cache])


asyncio.run(main())
