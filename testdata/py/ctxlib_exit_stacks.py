"""Service startup with ExitStack/AsyncExitStack: LIFO teardown, callbacks,
pop_all hand-off and CPython's exception chaining between callbacks."""
import asyncio
from contextlib import AsyncExitStack, ExitStack, asynccontextmanager, nullcontext


class Service:
    def __init__(self, name, fail_on_close=False):
        self.name = name
        self.fail_on_close = fail_on_close

    def __enter__(self):
        print(f"start {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        print(f"stop {self.name} (saw {exc_type.__name__ if exc_type else None})")
        if self.fail_on_close:
            raise OSError(f"{self.name} did not stop cleanly")
        return False

    def __repr__(self):
        return f"Service({self.name!r})"


class Swallower:
    def __enter__(self):
        return "swallower"

    def __exit__(self, exc_type, exc, tb):
        print("swallower saw", repr(exc))
        return True


@asynccontextmanager
async def channel(name, delay):
    await asyncio.sleep(delay)
    print(f"channel {name} up")
    try:
        yield f"chan-{name}"
    finally:
        print(f"channel {name} down")


def chain_of(exc):
    parts = []
    while exc is not None:
        parts.append(repr(exc))
        exc = exc.__context__
    return " <- ".join(parts)


def build(names, fail_at=None):
    with ExitStack() as stack:
        services = []
        for n in names:
            if n == fail_at:
                raise LookupError(f"cannot start {n}")
            services.append(stack.enter_context(Service(n)))
        stack.callback(print, "all services registered:", services)
        return stack.pop_all(), services


async def main():
    stack, services = build(["db", "cache", "web"])
    print("running with", services)
    stack.close()
    print("closed twice is fine:", stack.close())

    try:
        build(["db", "cache", "web"], fail_at="web")
    except LookupError as exc:
        print("startup failed:", exc)

    try:
        with ExitStack() as stack:
            stack.enter_context(Service("a", fail_on_close=True))
            stack.enter_context(Service("b", fail_on_close=True))
            raise ValueError("body failed")
    except OSError as exc:
        print("teardown error:", chain_of(exc))

    with ExitStack() as stack:
        stack.enter_context(Service("outer"))
        stack.enter_context(Swallower())
        stack.enter_context(Service("inner", fail_on_close=True))
    print("swallowed teardown error")

    try:
        with ExitStack() as stack:
            stack.enter_context(object())
    except TypeError as exc:
        print("TypeError:", exc)

    async with AsyncExitStack() as astack:
        chans = []
        for name, delay in [("a", 0.2), ("b", 0.1)]:
            chans.append(await astack.enter_async_context(channel(name, delay)))

        async def flush(tag):
            await asyncio.sleep(0.05)
            print("flushed", tag)

        astack.push_async_callback(flush, "buffers")
        astack.callback(print, "sync callback runs in order too")
        with nullcontext() as nothing:
            print("nothing is", nothing)
        print("channels:", chans)

    astack = AsyncExitStack()
    await astack.enter_async_context(channel("c", 0))
    moved = astack.pop_all()
    await astack.aclose()
    print("original closed, moved still open")
    await moved.aclose()

    try:
        async with AsyncExitStack() as astack:
            await astack.enter_async_context(Service("sync-only"))
    except TypeError as exc:
        print("TypeError:", exc)

    try:
        with AsyncExitStack():
            pass
    except (TypeError, AttributeError) as exc:
        print(type(exc).__name__ + ":", exc)


asyncio.run(main())
