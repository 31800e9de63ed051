import asyncio
import logging
import sys
from dataclasses import dataclass, field
from collections import deque, Counter
from functools import partial
from enum import Enum

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s", stream=sys.stdout)
log = logging.getLogger("app")


class State(Enum):
    IDLE = 1
    BUSY = 2


@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)
    tags: list = field(default_factory=list, compare=False)


class Worker:
    def __init__(self, wid, queue):
        self.wid = wid
        self.queue = queue
        self.state = State.IDLE
        self.done = Counter()

    def __repr__(self):
        return f"Worker({self.wid}, {self.state.name})"

    async def run(self):
        while True:
            job = await self.queue.get()
            self.state = State.BUSY
            await asyncio.sleep(job.priority * 0.1)
            self.done[job.name[0]] += 1
            log.info("%s finished %s", self, job.name)
            self.state = State.IDLE
            self.queue.task_done()


async def pages(n):
    for i in range(n):
        await asyncio.sleep(0.05)
        yield [Job(i % 3 + 1, f"job{i}{k}") for k in range(2)]


async def main():
    q = asyncio.Queue()
    workers = [Worker(i, q) for i in range(3)]
    tasks = [asyncio.create_task(w.run(), name=f"w{w.wid}") for w in workers]
    recent = deque(maxlen=3)
    async for page in pages(3):
        for job in sorted(page):
            recent.append(job.name)
            await q.put(job)
    await q.join()
    for t in tasks:
        t.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    total = Counter()
    for w in workers:
        total.update(w.done)
    print("recent", list(recent), "total", dict(total))
    print(any(w.state is State.BUSY for w in workers), workers)
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.1, partial(fut.set_result, "ok"))
    print(await fut)
    try:
        Job()
    except TypeError as e:
        print("error:", e)

asyncio.run(main())
