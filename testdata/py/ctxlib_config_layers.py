"""Layered configuration for async workers: ChainMap scopes per worker,
lru_cache'd derived settings, heapq.merge of per-worker sorted event
streams, and Counter summaries of what each layer answered."""
import asyncio
import heapq
from collections import ChainMap, Counter, OrderedDict
from functools import lru_cache

DEFAULTS = {"retries": 3, "timeout": 1.0, "mode": "safe", "tags": ("base",)}
ENV = {"timeout": 2.5, "mode": "fast"}


@lru_cache(maxsize=None)
def backoff_schedule(retries, base):
    return tuple(round(base * 2 ** i, 2) for i in range(retries))


def source_of(cfg, key):
    for i, layer in enumerate(cfg.maps):
        if key in layer:
            return ("local", "cli", "env", "defaults")[i] if len(cfg.maps) == 4 else f"layer{i}"
    return "missing"


async def worker(name, cli, jobs):
    cfg = ChainMap({}, cli, ENV, DEFAULTS)
    cfg["started"] = name
    answered = Counter(source_of(cfg, k) for k in ("retries", "timeout", "mode", "tags", "color"))
    events = []
    for i, job in enumerate(jobs):
        await asyncio.sleep(cfg["timeout"] / 10)
        schedule = backoff_schedule(cfg["retries"], cfg["timeout"] / 10)
        events.append((round(asyncio.get_running_loop().time(), 2), name, job, schedule[min(i, len(schedule) - 1)]))
    return name, cfg, answered, events


async def main():
    results = await asyncio.gather(
        worker("w1", {"retries": 2}, ["a", "b", "c"]),
        worker("w2", {"mode": "debug", "timeout": 1.0}, ["d", "e"]),
        worker("w3", {}, ["f"]),
    )
    streams = []
    total = Counter()
    for name, cfg, answered, events in results:
        print(name, dict(cfg), cfg.maps[0])
        print("  answered by:", sorted(answered.items()))
        total += answered
        streams.append(events)
    print("all layers:", total.most_common())
    print("merged timeline:")
    for when, name, job, delay in heapq.merge(*streams):
        print(f"  t={when:<5} {name} {job} backoff={delay}")
    print(backoff_schedule.cache_info())
    print(backoff_schedule(2, 0.1), backoff_schedule(3, 0.25))

    cfg = ChainMap({"mode": "x"}, DEFAULTS)
    child = cfg.new_child(retries=9)
    print(child, len(child), "retries" in child.parents)
    print(list(child.keys()), list(child.values())[:2])
    print(child.pop("retries"), child.get("retries"))
    try:
        child.pop("mode")
    except KeyError as exc:
        print("KeyError:", exc)
    try:
        ChainMap({}).popitem()
    except KeyError as exc:
        print("KeyError:", exc)
    ordered = OrderedDict(sorted(total.items()))
    ordered.move_to_end("cli")
    print(list(ordered), total["nope"], +Counter(a=-1, b=2))


asyncio.run(main())
