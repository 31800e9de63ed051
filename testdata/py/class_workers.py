import asyncio


class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code

    def __str__(self):
        return f"[{self.code}] {self.args[0]}"


class Counter:
    """Counts things."""
    instances = 0
    step = 1

    def __init__(self, name, start=0):
        self.name = name
        self.value = start
        Counter.instances += 1

    def incr(self, by=None):
        self.value += by if by is not None else self.step
        return self.value

    def __repr__(self):
        return f"Counter({self.name!r}, {self.value})"


class Worker(Counter):
    step = 2

    def __init__(self, name, delay):
        super().__init__(name)
        self.delay = delay

    async def run(self, n):
        for _ in range(n):
            await asyncio.sleep(self.delay)
            self.incr()
        if self.value > 4:
            raise AppError(7, f"{self.name} overflow")
        return self.value

    def tick(self):
        print("tick", self.name, self.value)


async def main():
    w = Worker("w1", 0.1)
    w2 = Worker("w2", 0.2)
    print(w, w2, Counter.instances)
    t = asyncio.create_task(w.run(2))
    print(t)
    loop = asyncio.get_running_loop()
    loop.call_soon(w.tick)
    print(await t)
    try:
        await w2.run(3)
    except AppError as e:
        print("caught", e, e.code, repr(e), type(e).__name__)
    print(type(w).__name__, type(w).__qualname__, w.__class__, isinstance(w, Counter), issubclass(Worker, (int, Counter)))
    print(Worker.__mro__)
    print(vars(w))
    print(getattr(w, "delay"), hasattr(w, "nope"), getattr(w, "nope", 5))
    setattr(w, "extra", 1)
    delattr(w, "extra")
    try:
        w.extra
    except AttributeError as e:
        print(e)
    try:
        Counter()
    except TypeError as e:
        print(e)
    print(sorted([w2, w], key=lambda c: c.value), w.incr)
    sentinel = object()
    print(sentinel is sentinel, sentinel is not object(), Counter.__doc__, Counter.incr.__qualname__)
    print(max([w, w2], key=Counter.incr))

asyncio.run(main())
