"""Priority job scheduler: heapq, PriorityQueue, total_ordering, timing decorator."""
import asyncio
import functools
import heapq
import itertools
import time
from dataclasses import dataclass, field
from enum import IntEnum
from operator import attrgetter, itemgetter
from typing import Any, Callable, ClassVar, Final


MAX_WORKERS: Final = 3


class Priority(IntEnum):
    LOW = 3
    NORMAL = 2
    HIGH = 1
    CRITICAL = 0


def timed(func):
    @functools.wraps(func)
    async def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return await func(*args, **kwargs)
        finally:
            elapsed = time.perf_counter() - start
            print(f"  [timed] {func.__qualname__} took {elapsed:.3f}s")
    return wrapper


@functools.total_ordering
class Job:
    _ids: ClassVar = itertools.count(1)

    def __init__(self, name: str, priority: Priority, duration: float, action: Callable[[], Any] = None):
        self.id = next(Job._ids)
        self.name = name
        self.priority = priority
        self.duration = duration
        self.action = action

    def __eq__(self, other):
        if not isinstance(other, Job):
            return NotImplemented
        return (self.priority, self.id) == (other.priority, other.id)

    def __lt__(self, other):
        if not isinstance(other, Job):
            return NotImplemented
        return (self.priority, self.id) < (other.priority, other.id)

    def __hash__(self):
        return hash(self.id)

    def __repr__(self):
        return f"Job#{self.id}({self.name!r}, {self.priority.name})"


@dataclass(order=True)
class ScheduledRun:
    at: float
    seq: int
    job: Job = field(compare=False)


class Scheduler:
    def __init__(self):
        self.queue: asyncio.PriorityQueue = asyncio.PriorityQueue()
        self.timeline = []
        self.completed = []
        self._seq = itertools.count()

    async def submit(self, job: Job):
        await self.queue.put((job.priority, next(self._seq), job))

    @timed
    async def worker(self, wid: int):
        while True:
            prio, seq, job = await self.queue.get()
            try:
                if job is None:
                    return
                start = asyncio.get_running_loop().time()
                await asyncio.sleep(job.duration)
                result = job.action() if job.action else None
                self.completed.append((job, wid, round(start, 2), result))
            finally:
                self.queue.task_done()


def plan_delayed(jobs_with_delay):
    heap = []
    for seq, (delay, job) in enumerate(jobs_with_delay):
        heapq.heappush(heap, ScheduledRun(delay, seq, job))
    order = []
    while heap:
        run = heapq.heappop(heap)
        order.append((run.at, run.job.name))
    return order


async def main():
    sched = Scheduler()
    jobs = [
        Job("backup", Priority.LOW, 0.3, lambda: "archived"),
        Job("email", Priority.NORMAL, 0.1, lambda: 42),
        Job("page-oncall", Priority.CRITICAL, 0.05, lambda: "paged"),
        Job("reindex", Priority.LOW, 0.2),
        Job("invoice", Priority.HIGH, 0.15, lambda: sum(range(10))),
        Job("cleanup", Priority.NORMAL, 0.1),
    ]
    for job in jobs:
        await sched.submit(job)
    workers = [asyncio.create_task(sched.worker(i)) for i in range(MAX_WORKERS)]
    await sched.queue.join()
    for _ in workers:
        await sched.queue.put((99, next(sched._seq), None))
    await asyncio.gather(*workers)

    print("completed in order:")
    for job, wid, start, result in sched.completed:
        print(f"  {job!r:<28} worker={wid} start={start:<5} result={result}")

    print("sorted jobs:", sorted(jobs))
    print("max:", max(jobs), "min:", min(jobs))
    print(Job("x", Priority.HIGH, 0) >= jobs[0], jobs[1] <= jobs[1])
    by_name = sorted(jobs, key=attrgetter("name"))
    print([j.name for j in by_name])
    rows = [(j.name, j.priority.value, j.duration) for j in jobs]
    print(sorted(rows, key=itemgetter(1, 2), reverse=True)[:3])
    print(heapq.nsmallest(2, jobs), heapq.nlargest(2, jobs, key=attrgetter("duration")))
    print(plan_delayed([(0.5, jobs[0]), (0.1, jobs[1]), (0.5, jobs[2]), (0.0, jobs[3])]))
    groups = itertools.groupby(sorted(jobs, key=attrgetter("priority")), key=attrgetter("priority"))
    for prio, members in groups:
        print(f"{prio.name:>8}: {', '.join(m.name for m in members)}")
    print(Priority.HIGH < Priority.LOW, Priority(2), list(Priority)[:2], MAX_WORKERS)


asyncio.run(main())
