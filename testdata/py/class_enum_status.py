import asyncio
from enum import Enum, auto


class Status(Enum):
    PENDING = auto()
    RUNNING = auto()
    DONE = auto()
    FAILED = 10
    ERROR = 10

    def is_final(self):
        return self in (Status.DONE, Status.FAILED)

    @property
    def label(self):
        return self.name.lower()


class Priority(Enum):
    LOW = "low"
    HIGH = "high"


class Job:
    def __init__(self, name, priority=Priority.LOW):
        self.name = name
        self.priority = priority
        self.status = Status.PENDING

    async def run(self, fail):
        self.status = Status.RUNNING
        await asyncio.sleep(0.1)
        self.status = Status.FAILED if fail else Status.DONE
        return self.status


async def main():
    jobs = [Job("a"), Job("b", Priority.HIGH), Job("c")]
    print([j.status for j in jobs])
    results = await asyncio.gather(*(j.run(i == 1) for i, j in enumerate(jobs)))
    print(results, [r.is_final() for r in results], [str(r) for r in results])
    print(list(Status), len(Status), Status(2), Status["DONE"], Status.ERROR is Status.FAILED)
    print(Status.DONE.name, Status.DONE.value, Status.RUNNING.label, f"{Status.DONE}", repr(Priority.HIGH))
    print(isinstance(Status.DONE, Status), type(Status.DONE), Status, Priority("high"))
    counts = {}
    for j in jobs:
        counts[j.status] = counts.get(j.status, 0) + 1
    print(counts, Status.DONE == Status.DONE, Status.DONE == 3, Status.DONE != Status.FAILED)
    print(sorted(jobs, key=lambda j: j.priority.value)[0].name, [s.name for s in Status if s.value > 1])
    try:
        Status(99)
    except ValueError as e:
        print(e)
    try:
        Status["nope"]
    except KeyError as e:
        print("KeyError", e)
    try:
        Status.DONE.value = 5
    except AttributeError as e:
        print(e)

asyncio.run(main())
