import asyncio
from collections import Counter


class JobQueue(list):
    """A list of jobs that knows how to pick the next one."""

    def push(self, job, priority=0):
        self.append((priority, job))
        self.sort(key=lambda p: -p[0])

    def next_job(self):
        return self.pop(0)[1] if self else None

    def __repr__(self):
        return f"JobQueue({len(self)} jobs: {[j for _, j in self]})"


class Settings(dict):
    def __init__(self, defaults, **overrides):
        super().__init__(defaults)
        self.update(overrides)
        self.reads = 0

    def __getitem__(self, key):
        self.reads += 1
        return super().__getitem__(key)

    def __missing__(self, key):
        raise KeyError(f"no setting {key!r}")


class AutoDict(dict):
    def __missing__(self, key):
        value = self[key] = []
        return value


class Channel(str):
    def normalized(self):
        return self.strip("#").lower()

    @property
    def is_private(self):
        return self.startswith("@")


class Millis(int):
    def __str__(self):
        return f"{int(self)}ms"

    def seconds(self):
        return self / 1000


class Version(tuple):
    def bump(self):
        return Version(self[:-1] + (self[-1] + 1,))

    def __str__(self):
        return ".".join(map(str, self))


class Temperature(float):
    def fahrenheit(self):
        return self * 9 / 5 + 32


async def worker(name, queue, results, settings):
    while queue:
        job = queue.next_job()
        await asyncio.sleep(Millis(settings["delay_ms"]).seconds())
        results[name].append(job)


async def main():
    settings = Settings({"delay_ms": 10, "workers": 2}, workers=3)
    queue = JobQueue()
    for i, prio in enumerate([1, 5, 3, 5, 0, 2]):
        queue.push(f"job{i}", prio)
    print(queue, len(queue), isinstance(queue, list), queue[0])
    results = AutoDict()
    await asyncio.gather(*(worker(f"w{i}", queue, results, settings) for i in range(settings["workers"])))
    print(dict(results), settings.reads, sorted(settings.items()))
    try:
        settings["timeout"]
    except KeyError as e:
        print("KeyError", e)
    print(settings.get("timeout", "default"), "workers" in settings, len(settings))

    channels = [Channel("#General"), Channel("@alice"), Channel("#Random ")]
    print([c.normalized() for c in channels], [c.is_private for c in channels])
    print(channels[0], repr(channels[0]), channels[0] == "#General", channels[0] + "!", f"{channels[1]:>8}|")
    print(Counter(c[0] for c in channels), sorted(channels), "".join(channels))

    delay = Millis(1500)
    print(delay, repr(delay), delay + 500, delay.seconds(), f"{delay:05d}", delay > 1000, [delay])
    v = Version((1, 4, 2))
    print(v, repr(v), v.bump(), v < v.bump(), len(v), list(v), v == (1, 4, 2), {v: "current"}[(1, 4, 2)])
    t = Temperature(21.5)
    print(t, t.fahrenheit(), round(t), t + 1, isinstance(t, float))
    try:
        hash(queue)
    except TypeError as e:
        print("TypeError", e)
    try:
        Millis("fast")
    except ValueError as e:
        print("ValueError", e)


asyncio.run(main())
