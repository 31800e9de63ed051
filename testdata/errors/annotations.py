# Annotations are hints the translated program never evaluates: generic and
# typing annotations are accepted, typing names used at run time are not,
# and annotations CPython evaluates must not hide a NameError or a call.
import asyncio
import typing
import typing as t
from typing import Annotated, Any, Optional, List, cast, get_args
from typing import Nope  # ERROR "'typing.Nope' is not supported"
from asyncio import AbstractEventLoop

names: list[str] = []
counts: t.Dict[str, int] = {}
maybe: int | None = None
later: Optional[asyncio.Task[int]]


def fine(q: asyncio.Queue[int], loop: AbstractEventLoop, h: asyncio.Handle) -> typing.Optional[List[Any]]:
    local: Undefined = 1
    return [local]


def undefined_param(x: Missing) -> None:  # ERROR "name 'Missing' is not defined \(CPython evaluates this annotation"
    pass


module_level: AlsoMissing = 1  # ERROR "name 'AlsoMissing' is not defined"
computed: list[len("ab")] = []  # ERROR "annotations that compute values are not supported"
bad_attr: typing.Nope2 = 1  # ERROR "'typing.Nope2' is not supported"

alias = Annotated[int, "meta"]  # ERROR "'typing.Annotated' can only be used in annotations"
value = get_args(int)  # ERROR "'typing.get_args' can only be used in annotations"
print(typing)  # ERROR "the 'typing' module can only be used in annotations"
loop_class = AbstractEventLoop  # ERROR "'asyncio.AbstractEventLoop' can only be used in annotations"
handle_class = asyncio.Handle  # ERROR "'asyncio.Handle' is not supported"
