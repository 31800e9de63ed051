"""Async guards around a message broker: asynccontextmanager transactions
that commit, roll back or swallow, aclosing over an async generator
consumer, closing, nullcontext as an optional lock and suppress around
shutdown noise."""
import asyncio
from contextlib import aclosing, asynccontextmanager, closing, contextmanager, nullcontext, suppress


class Rollback(Exception):
    pass


class Broker:
    def __init__(self):
        self.queue = []
        self.committed = []
        self.closed = False

    @asynccontextmanager
    async def transaction(self, name):
        staged = []
        print(f"[{name}] begin")
        try:
            yield staged
        except Rollback as exc:
            print(f"[{name}] rolled back: {exc}")
            return
        except Exception as exc:
            print(f"[{name}] aborting on {type(exc).__name__}")
            raise
        await asyncio.sleep(0.01)
        self.committed.extend(staged)
        print(f"[{name}] committed {staged}")

    @contextmanager
    def paused(self):
        print("pause")
        yield self
        print("resume")

    def close(self):
        self.closed = True
        print("broker closed")


@asynccontextmanager
async def stubborn():
    retried = False
    try:
        yield "first"
    except ValueError:
        retried = True
    print("stubborn retried:", retried)
    yield "second"


@asynccontextmanager
async def empty():
    if False:
        yield


class Feed:
    def __init__(self, items):
        self.items = items

    async def stream(self):
        for item in self.items:
            await asyncio.sleep(0.01)
            yield item


async def producer(broker, name, items, fail=None, lock=None):
    async with broker.transaction(name) as tx:
        async with (lock if lock is not None else nullcontext()):
            for item in items:
                await asyncio.sleep(0.02)
                tx.append(item)
                if item == fail:
                    raise Rollback(f"{item} rejected")
                if item == "boom":
                    raise KeyError(item)
    return name


async def main():
    broker = Broker()
    lock = asyncio.Lock()
    results = await asyncio.gather(
        producer(broker, "p1", ["a", "b"], lock=lock),
        producer(broker, "p2", ["c", "bad", "d"], fail="bad"),
        producer(broker, "p3", ["e", "boom"], lock=lock),
        return_exceptions=True,
    )
    print("results:", results)
    print("committed:", broker.committed)

    with broker.paused() as b:
        print("paused broker is broker:", b is broker)

    feed = Feed(["x", "y", "z"])
    async with aclosing(feed.stream()) as stream:
        async for item in stream:
            print("got", item)
            if item == "y":
                break
    print("stream closed early")

    for exc_type in (ValueError, None):
        try:
            async with stubborn() as v:
                print("stubborn gave", v)
                if exc_type:
                    raise exc_type("retry")
        except RuntimeError as exc:
            print("RuntimeError:", exc)
        else:
            print("stubborn exited cleanly")
    try:
        async with empty():
            pass
    except RuntimeError as exc:
        print("RuntimeError:", exc)

    with suppress(ConnectionError, TimeoutError):
        with closing(broker):
            raise ConnectionResetError("peer went away during shutdown")
    print("closed:", broker.closed)

    with nullcontext(broker.committed) as committed:
        print("committed again:", committed)
    async with nullcontext(42) as answer:
        print("async nullcontext:", answer)

    try:
        with aclosing(feed.stream()):
            pass
    except (TypeError, AttributeError) as exc:
        print(type(exc).__name__ + ":", exc)
    try:
        with suppress(KeyError):
            raise IndexError("not suppressed")
    except IndexError as exc:
        print("IndexError:", exc)


asyncio.run(main())
