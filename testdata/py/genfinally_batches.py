# A batching generator with cleanup accounting, consumed by list(), any(),
# next(), sorted(), "".join() and a for loop; each consumer drops the
# generator as soon as it returns, so the cleanup lines land between the
# consumer's work and the code after it.
import asyncio
from dataclasses import dataclass, field


@dataclass
class Stats:
    opened: int = 0
    closed: int = 0
    abandoned: list = field(default_factory=list)


stats = Stats()


def batches(items, size, label="batch"):
    stats.opened += 1
    batch = []
    sent = 0
    try:
        for item in items:
            batch.append(item)
            if len(batch) == size:
                sent += 1
                yield tuple(batch)
                batch = []
        if batch:
            sent += 1
            yield tuple(batch)
        return sent
    except GeneratorExit:
        stats.abandoned.append((label, sent))
        print(f"  {label}: abandoned after {sent} batches")
        raise
    finally:
        stats.closed += 1
        print(f"  {label}: cleanup (open {stats.opened - stats.closed})")


def sizes(items, size):
    try:
        for b in batches(items, size, "inner"):
            yield len(b)
    finally:
        print("  sizes: done")


async def upload(batch_no, batch):
    await asyncio.sleep(0.01 * (3 - batch_no % 3))
    print(f"uploaded #{batch_no}: {batch}")
    return sum(batch)


async def main():
    orders = [12, 7, 3, 25, 9, 14, 2]
    print("all batches:", list(batches(orders, 3, "all")))
    print("any big:", any(batches(orders, 2, "any")))
    print("first:", next(batches(orders, 4, "first")))
    print("none left:", next(batches([], 4, "empty"), "nothing"))
    print("sorted:", sorted(batches(orders, 3, "sorted"), key=sum, reverse=True))
    print("joined:", "|".join(map(str, [1, 2])), "/".join(map("".join, batches("abcdefg", 3, "text"))))
    print("sizes:", list(sizes(orders, 3)))
    print("max size:", max(sizes(orders, 2)))
    print("by size:", dict(zip(["a", "b", "c"], sizes(orders, 3))))
    print("totals:", sum(map(sum, filter(lambda b: len(b) > 1, batches(orders, 2, "sum")))))
    tasks = []
    async with asyncio.TaskGroup() as tg:
        for n, batch in enumerate(batches(orders, 3, "upload")):
            if n == 2:
                print("enough batches queued")
                break
            tasks.append(tg.create_task(upload(n, batch)))
        print("queued", len(tasks))
    print("uploaded totals:", [t.result() for t in tasks])
    print(stats)


asyncio.run(main())
