import asyncio
from dataclasses import dataclass, field, asdict, astuple, FrozenInstanceError
from typing import ClassVar, Optional


@dataclass
class Job:
    name: str
    priority: int = 0
    tags: list = field(default_factory=list)
    secret: str = field(default="x", repr=False)
    attempts: ClassVar[int] = 0

    def __post_init__(self):
        self.name = self.name.strip()


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0


@dataclass
class Result(Job):
    value: Optional[int] = None


async def worker(q, out):
    while True:
        job = await q.get()
        await asyncio.sleep(0.1 * job.priority)
        out.append(Result(job.name, job.priority, job.tags, value=len(job.name)))
        q.task_done()


async def main():
    q = asyncio.Queue()
    out = []
    for j in [Job(" build ", 2, ["ci"]), Job("test", 1), Job("lint")]:
        await q.put(j)
    print(Job("a") == Job("a"), Job("a") == Job("b"), Job("a"))
    w = asyncio.create_task(worker(q, out))
    await q.join()
    w.cancel()
    for r in out:
        print(r, asdict(r)["value"], astuple(r))
    vs = sorted([Version(1, 2), Version(0, 9), Version(1)])
    print(vs, Version(1, 2) > Version(1, 1), hash(Version(1)) == hash(Version(1, 0)))
    v = vs[0]
    try:
        v.major = 5
    except FrozenInstanceError as e:
        print("frozen:", e, isinstance(e, AttributeError))
    try:
        Job()
    except TypeError as e:
        print(e)
    try:
        hash(Job("x"))
    except TypeError as e:
        print(e)
    print(Version.__match_args__, Job.attempts, {Version(1): "one"}[Version(1, 0)])

asyncio.run(main())
