"""Class attributes versus instance attributes: defaults shared until an
instance assigns its own, a mutable class attribute shared by accident,
counters kept on the class, and deletion revealing the class value."""
import asyncio


class Worker:
    retries = 3
    tags = []
    registry = {}
    count = 0

    def __init__(self, name):
        self.name = name
        Worker.count += 1
        self.id = Worker.count
        Worker.registry[name] = self

    def tag(self, t):
        self.tags.append(f"{self.name}:{t}")

    async def run(self, fail_times):
        for attempt in range(1, self.retries + 1):
            await asyncio.sleep(0.01)
            if attempt > fail_times:
                return f"{self.name} ok after {attempt}"
        return f"{self.name} gave up after {self.retries}"


class FastWorker(Worker):
    retries = 1


async def main():
    a, b, c = Worker("a"), Worker("b"), FastWorker("c")
    b.retries = 5
    print(a.retries, b.retries, c.retries, Worker.retries, FastWorker.retries)
    print(await asyncio.gather(a.run(4), b.run(4), c.run(0)))
    a.tag("x")
    b.tag("y")
    print(Worker.tags is a.tags, c.tags)
    a.tags = ["own"]
    a.tag("z")
    print(a.tags, len(Worker.tags), "tags" in vars(a), "tags" in vars(b))
    del b.retries
    print(b.retries)
    try:
        del b.retries
    except AttributeError as e:
        print("AttributeError:", e)
    Worker.retries = 2
    print(a.retries, b.retries, c.retries)
    print(sorted(Worker.registry), Worker.count, FastWorker.count, c.id)
    FastWorker.count = 100
    print(Worker.count, FastWorker.count, vars(FastWorker).get("count"))
    print(sorted(k for k in vars(a)), getattr(a, "retries"), hasattr(Worker, "name"))
    setattr(Worker, "timeout", 1.5)
    print(a.timeout, c.timeout, "timeout" in Worker.__dict__)


asyncio.run(main())
