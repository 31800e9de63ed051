# An event stream consumer that stops early: the feeds it leaves unfinished
# are still open when asyncio.run shuts down, which closes each one in a
# task of its own (loop.shutdown_asyncgens) -- so the next run's tasks are
# numbered after them, as CPython numbers them.
import asyncio
import collections


async def feed(source, count, delay):
    for seq in range(count):
        await asyncio.sleep(delay)
        yield {"source": source, "seq": seq, "level": "warn" if seq % 3 == 2 else "info"}


async def tail_until(stream, stop_level, limit):
    seen = []
    async for event in stream:
        seen.append(event["seq"])
        if event["level"] == stop_level or len(seen) >= limit:
            break
    return seen


async def run_session(day):
    counts = collections.Counter()
    feeds = {name: feed(name, 6, d) for name, d in [("api", 0.01), ("db", 0.02), ("cache", 0.015)]}
    watchers = {
        name: asyncio.create_task(tail_until(stream, "warn", 4), name=f"watch-{name}")
        for name, stream in feeds.items()
    }
    for name, task in watchers.items():
        seqs = await task
        counts[name] += len(seqs)
        print(day, name, "stopped after", seqs)
    # One feed is read by hand, then left where it is.
    audit = feed("audit", 3, 0.005)
    first = await anext(audit)
    print(day, "audit starts at", first["seq"], first["level"])
    # A feed read to its end needs no closing.
    drained = [e["seq"] async for e in feed("batch", 2, 0)]
    print(day, "batch drained", drained)
    helper = asyncio.create_task(asyncio.sleep(0.01, "ok"))
    print(day, "helper", helper.get_name(), await helper)
    print(day, "totals", sorted(counts.items()), asyncio.current_task().get_name())
    return feeds, audit


async def main(day):
    feeds, audit = await run_session(day)
    print(day, "open feeds", sorted(feeds), type(audit).__name__)


asyncio.run(main("mon"))
asyncio.run(main("tue"))
print("done")
