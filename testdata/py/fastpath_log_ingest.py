# An ingest service: a reader task feeds raw log lines through a queue to
# parser workers that split and partition them, parse ints, count in dicts,
# keep a deque of recent errors and log what they do; a batcher with its own
# put() stands in for a queue. Bad lines are caught and reported.
import asyncio
import collections
import logging
import sys

logging.basicConfig(level=logging.INFO, stream=sys.stdout, format="%(levelname)s %(name)s: %(message)s")
log = logging.getLogger("ingest")

RAW = [
    "ts=1000 level=INFO user=alice bytes=512 path=/api/items",
    "ts=1001 level=ERROR user=bob bytes=0 path=/api/login",
    "ts=1002 level=INFO user=alice bytes=2048 path=/static/app.js",
    "  ts=1003 level=WARN user=carol bytes=1_024 path=/api/items  ",
    "ts=1004 level=INFO user=dave bytes=12a path=/api/items",
    "ts=1005 level=ERROR user=bob bytes= path=/api/login",
    "ts=1006 level=INFO user=Élodie bytes=-0042 path=/api/ÉTAT",
    "ts=1007 level=DEBUG user=alice bytes=+7 path=/health",
    "ts=1008 level=INFO user=erin bytes=99999999999999999999 path=/upload",
    "ts=1009 level=ERROR user=frank bytes=９ path=/api/items",
    "garbage without any fields",
    "ts=1010 level=INFO user=alice=admin bytes=1 path=/admin",
]


class Batcher:
    """Collects records; its put() is awaited like a queue's."""

    def __init__(self, size):
        self.size = size
        self.batches = []
        self.pending = []

    async def put(self, record):
        self.pending.append(record)
        if len(self.pending) == self.size:
            self.batches.append(",".join(self.pending))
            self.pending = []
        await asyncio.sleep(0)


def parse(line):
    fields = {}
    for part in line.strip().split(" "):
        key, sep, value = part.partition("=")
        if not sep:
            raise ValueError(f"field without '=': {part!r}")
        fields[key] = value
    return fields


async def reader(q, workers):
    for line in RAW:
        await q.put(line)
    for _ in range(workers):
        await q.put(None)


async def worker(name, q, stats, recent, batcher):
    while True:
        line = await q.get()
        if line is None:
            break
        try:
            fields = parse(line)
            size = int(fields["bytes"])
        except ValueError as e:
            log.warning("%s: skipped: %s", name, e)
            stats["bad"] = stats.get("bad", 0) + 1
            continue
        except KeyError as e:
            log.warning("%s: missing field %s", name, e)
            continue
        level = fields.get("level", "INFO").lower()
        stats[level] = stats.get(level, 0) + 1
        stats.setdefault("bytes", 0)
        stats["bytes"] += size
        user, _, role = fields["user"].partition("=")
        if level == "error":
            recent.append(user)
            if len(recent) == recent.maxlen:
                log.info("%s: error burst, dropping %s", name, recent.popleft())
        if fields["path"].startswith("/api/") and not fields["path"].endswith("items"):
            await batcher.put(f"{user.upper()}@{fields['path'].replace('/api/', '')}")
        log.debug("%s parsed %d bytes for %s", name, size, user)
        if role:
            log.info("%s: %s has role %s", name, user, role)
        await asyncio.sleep(0)


async def main():
    q = asyncio.Queue(maxsize=3)
    stats = {}
    recent = collections.deque(maxlen=2)
    batcher = Batcher(2)
    await asyncio.gather(reader(q, 2), worker("w1", q, stats, recent, batcher),
                         worker("w2", q, stats, recent, batcher))
    print(sorted(stats.items()))
    print("recent errors:", list(recent))
    print("batches:", batcher.batches, "pending:", batcher.pending)
    total = stats["bytes"]
    print(f"{total:,} bytes | {total:#x} | {total:_b} | {-total:+012d} | {total * 10**6 // 7 % 1000003}")
    for n in (7, -7, 2**63, -(2**63) - 1):
        print(n * 3, n % 5, n // -4, n % -3, n > 6, n <= -7, n >= 2**63)
    for bad in ["x,y", None, 12]:
        try:
            key, value = bad.partition(",")
        except (ValueError, AttributeError) as e:
            print(type(e).__name__, e)
    print("-".join(["a", "b", "c"]), ",".join(word.strip() for word in " x , y ".split(",")))
    try:
        "-".join(["a", 1])
    except TypeError as e:
        print("TypeError", e)
    try:
        "abc".split("")
    except ValueError as e:
        print("ValueError", e)


asyncio.run(main())
