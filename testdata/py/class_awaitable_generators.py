"""Awaitable objects whose __await__ is a generator: a deferred result over
a future, a cooperative ticker that yields to the loop, a retrying fetch
that delegates to coroutines, all driven from tasks, gather and wait_for."""
import asyncio


class Deferred:
    """A result that arrives later through a future."""

    def __init__(self, loop, label):
        self.label = label
        self.fut = loop.create_future()

    def resolve(self, value):
        print(f"resolve {self.label} -> {value!r}")
        self.fut.set_result(value)

    def fail(self, exc):
        self.fut.set_exception(exc)

    def __await__(self):
        print(f"awaiting {self.label}")
        value = yield from self.fut.__await__()
        return f"{self.label}:{value}"


class Ticker:
    """Gives the loop `n` turns before producing its total."""

    def __init__(self, name, n):
        self.name = name
        self.n = n

    def _spin(self):
        for i in range(self.n):
            print(f"  {self.name} tick {i}")
            yield
        return self.n

    def __await__(self):
        turns = yield from self._spin()
        extra = yield from asyncio.sleep(0, result=100).__await__()
        return turns + extra


class Fetch:
    attempts = {}

    def __init__(self, url, fail_times=0):
        self.url = url
        self.fail_times = fail_times

    async def _once(self):
        n = Fetch.attempts.get(self.url, 0) + 1
        Fetch.attempts[self.url] = n
        await asyncio.sleep(0.01)
        if n <= self.fail_times:
            raise ConnectionError(f"{self.url} attempt {n} failed")
        return {"url": self.url, "attempt": n}

    def __await__(self):
        for _ in range(3):
            try:
                return (yield from self._once().__await__())
            except ConnectionError as e:
                print("retrying after:", e)
        raise ConnectionError(f"{self.url}: giving up")


class Bad:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        yield self.value


class Patient:
    """Catches the cancellation thrown in at its own yield."""

    def __await__(self):
        turns = 0
        try:
            while turns < 500:
                turns += 1
                yield
        except asyncio.CancelledError:
            print("patient: cancelled after", turns, "turns")
            raise
        return turns


async def chatter(n):
    for i in range(n):
        print(f"  chatter {i}")
        await asyncio.sleep(0)


async def main():
    loop = asyncio.get_running_loop()
    d = Deferred(loop, "config")
    loop.call_later(0.05, d.resolve, {"debug": True})
    print(await d)

    chat = asyncio.create_task(chatter(3))
    print("ticker total", await Ticker("t1", 2))
    await chat

    print(await Fetch("/users", fail_times=2))
    results = await asyncio.gather(Fetch("/a"), Ticker("t2", 1), Fetch("/b", 1))
    print("gather:", results)

    task = asyncio.ensure_future(Ticker("t3", 1))
    print(task)
    print("ensure_future:", await task)
    print(task)
    print("wait_for:", await asyncio.wait_for(Fetch("/slow"), timeout=1))

    failing = Deferred(loop, "db")
    loop.call_soon(failing.fail, KeyError("missing row"))
    try:
        await failing
    except KeyError as e:
        print("failed deferred:", repr(e))

    for value in (42, loop.create_future()):
        try:
            await Bad(value)
        except RuntimeError as e:
            print("RuntimeError:", str(e)[:46])

    waiter = asyncio.create_task(asyncio.wait_for(Patient(), 0.02))
    try:
        print("patient:", await waiter)
    except TimeoutError:
        print("patient timed out")

    print("attempts:", Fetch.attempts)
    await Fetch("/down", fail_times=5)


asyncio.run(main())
