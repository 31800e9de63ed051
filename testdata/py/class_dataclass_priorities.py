"""Jobs as ordered dataclasses on a PriorityQueue: order=True compares the
fields in order, compare=False keeps payloads out of it, defaults and
default_factory give each job its own state."""
import asyncio
import itertools
from dataclasses import dataclass, field, astuple

_seq = itertools.count()


@dataclass(order=True)
class Job:
    priority: int
    seq: int = field(default_factory=lambda: next(_seq))
    name: str = field(default="job", compare=False)
    payload: dict = field(default_factory=dict, compare=False, repr=False)
    attempts: int = field(default=0, compare=False)

    def describe(self):
        return f"{self.name}(p={self.priority}, #{self.seq})"


@dataclass
class Stats:
    done: list = field(default_factory=list)
    failed: list = field(default_factory=list)

    @property
    def total(self):
        return len(self.done) + len(self.failed)


async def worker(wid, queue, stats):
    while True:
        job = await queue.get()
        try:
            job.attempts += 1
            await asyncio.sleep(0.01 * job.priority)
            if job.payload.get("fail") and job.attempts < 2:
                print(f"w{wid} failed {job.describe()}, requeue")
                await queue.put(job)
                continue
            stats.done.append(job.name)
            print(f"w{wid} ran {job.describe()} attempts={job.attempts}")
        finally:
            queue.task_done()


async def main():
    jobs = [Job(3, name="report"), Job(1, name="alert", payload={"fail": True}),
            Job(2, name="sync"), Job(1, name="ping"), Job(5, name="backup")]
    print(sorted(jobs)[:2])
    print(min(jobs).describe(), max(jobs).describe())
    print(Job(1, 0) < Job(1, 1), Job(2, 0) > Job(1, 9), Job(1, 0, "a") == Job(1, 0, "b"))
    print(astuple(Job(4, 99, "t", {"k": 1})))
    try:
        print(Job(1) < (1, 2))
    except TypeError as e:
        print("TypeError:", e)

    queue = asyncio.PriorityQueue()
    for j in jobs:
        queue.put_nowait(j)
    stats = Stats()
    workers = [asyncio.create_task(worker(i, queue, stats)) for i in range(2)]
    await queue.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print("done:", stats.done, "total:", stats.total)
    print(stats)


asyncio.run(main())
