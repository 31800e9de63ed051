"""A job scheduler whose job classes mix __slots__ and ordinary attributes."""
import asyncio


class Job:
    __slots__ = ("name", "priority")

    def __init__(self, name, priority):
        self.name = name
        self.priority = priority

    async def run(self):
        await asyncio.sleep(0.01 * self.priority)
        return f"{self.name} done"


class TimedJob(Job):
    __slots__ = ("timeout",)

    def __init__(self, name, priority, timeout):
        super().__init__(name, priority)
        self.timeout = timeout

    async def run(self):
        try:
            async with asyncio.timeout(self.timeout):
                return await super().run()
        except TimeoutError:
            return f"{self.name} timed out"


class TaggedJob(Job):
    """No __slots__ here: instances get a __dict__ again."""

    def __init__(self, name, priority, **tags):
        super().__init__(name, priority)
        for k, v in tags.items():
            setattr(self, k, v)


class FlexibleJob(Job):
    __slots__ = ("retries", "__dict__")


async def main():
    jobs = [
        Job("backup", 3),
        TimedJob("sync", 5, 0.02),
        TimedJob("ping", 1, 0.5),
        TaggedJob("report", 2, owner="ops", kind="weekly"),
    ]
    results = await asyncio.gather(*(j.run() for j in jobs))
    for j, r in zip(jobs, results):
        print(type(j).__name__, r)

    tagged = jobs[3]
    print(tagged.__dict__, vars(tagged))
    print(tagged.name, tagged.priority)
    print(list(TaggedJob.__dict__))
    print(list(TimedJob.__dict__), TimedJob.__dict__["timeout"])
    print(TimedJob.__slots__, TimedJob.name, TimedJob.timeout)

    timed = jobs[1]
    for attr in ("timeout", "name", "owner"):
        try:
            setattr(timed, attr, 1)
            print("set", attr)
        except AttributeError as e:
            print("AttributeError:", e)
    try:
        timed.__dict__
    except AttributeError as e:
        print("AttributeError:", e)

    flex = FlexibleJob("flex", 1)
    flex.retries = 2
    flex.extra = "kept"
    print(flex.__dict__, flex.retries, FlexibleJob.__dict__)
    del flex.retries
    try:
        flex.retries
    except AttributeError as e:
        print("AttributeError:", e)

    async def retry(job, attempts):
        for i in range(attempts):
            try:
                return job.retries
            except AttributeError:
                print(f"{job.name}: no retries yet (attempt {i})")
                await asyncio.sleep(0)
                job.retries = i
        return -1

    print(await retry(flex, 3))

    try:
        class Again(FlexibleJob):
            __slots__ = ("__dict__",)
    except TypeError as e:
        print("TypeError:", e)

    queue = asyncio.PriorityQueue()
    for j in jobs:
        await queue.put((j.priority, j.name))
    while not queue.empty():
        print(await queue.get())


asyncio.run(main())
