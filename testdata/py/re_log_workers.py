import asyncio
import re

LOG_LINE = re.compile(
    r"(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>\d{2}:\d{2}:\d{2}) "
    r"\[(?P<level>DEBUG|INFO|WARNING|ERROR)\] (?P<source>[\w.]+): (?P<message>.*)"
)
DURATION = re.compile(r"took (\d+(?:\.\d+)?)(ms|s)\b")

LINES = [
    "2024-03-01 10:00:01 [INFO] web.server: started on port 8080",
    "2024-03-01 10:00:02 [DEBUG] db.pool: opened 4 connections",
    "2024-03-01 10:00:05 [WARNING] web.handler: slow request /api/items took 1.5s",
    "this line is garbage",
    "2024-03-01 10:00:07 [ERROR] db.query: timeout after retry, took 250ms",
    "2024-03-01 10:00:09 [INFO] web.handler: GET /health took 3ms",
    "2024-03-01 10:00:10 [CRITICAL] kernel: not a level we know",
]


async def parse_worker(name, queue, stats):
    while True:
        idx, line = await queue.get()
        await asyncio.sleep(0.01 * (idx % 3))
        m = LOG_LINE.match(line)
        if m is None:
            stats["rejected"].append(idx)
            print(f"{name}: line {idx} rejected: {line[:20]!r}")
        else:
            fields = m.groupdict()
            level = fields["level"]
            stats["levels"][level] = stats["levels"].get(level, 0) + 1
            d = DURATION.search(fields["message"])
            if d:
                value, unit = d.groups()
                ms = float(value) * (1000 if unit == "s" else 1)
                stats["durations"].append((fields["source"], ms))
            print(f"{name}: {level:<7} {fields['source']:<12} {m.span('message')} {m.lastgroup}")
        queue.task_done()


async def main():
    queue = asyncio.Queue()
    stats = {"levels": {}, "durations": [], "rejected": []}
    for item in enumerate(LINES):
        queue.put_nowait(item)
    workers = [asyncio.create_task(parse_worker(f"w{i}", queue, stats)) for i in range(3)]
    await queue.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print("levels:", sorted(stats["levels"].items()))
    print("durations:", sorted(stats["durations"]))
    print("rejected:", sorted(stats["rejected"]))
    first = LOG_LINE.search("\n".join(LINES))
    print(first)
    print(first.group("date", "level"), first.start("source"), first.end())
    print(repr(LOG_LINE.pattern[:30]), LOG_LINE.groups, list(LOG_LINE.groupindex))


asyncio.run(main())
