"""A job queue persisted as JSON: records carry uuid ids and datetime stamps, are written with
a default hook and read back with an object_hook that rebuilds the types."""
import asyncio
import json
import uuid
from datetime import datetime, timedelta, timezone

JOBS_NS = uuid.UUID("9a7c1f4e-2b3d-4c5e-8f60-718293a4b5c6")


def to_json(obj):
    if isinstance(obj, datetime):
        return {"$dt": obj.isoformat()}
    if isinstance(obj, timedelta):
        return {"$td": obj.total_seconds()}
    if isinstance(obj, uuid.UUID):
        return {"$uuid": str(obj)}
    raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")


def from_json(d):
    if "$dt" in d:
        return datetime.fromisoformat(d["$dt"])
    if "$td" in d:
        return timedelta(seconds=d["$td"])
    if "$uuid" in d:
        return uuid.UUID(d["$uuid"])
    return d


async def worker(name, queue, store):
    while True:
        job = await queue.get()
        job["started"] = datetime.now(timezone.utc)
        await asyncio.sleep(job["cost"])
        job["finished"] = datetime.now(timezone.utc)
        job["took"] = job["finished"] - job["started"]
        job["worker"] = name
        store.append(json.dumps(job, default=to_json, sort_keys=True))
        queue.task_done()


async def main():
    queue = asyncio.Queue()
    created = datetime.now(timezone.utc)
    for n, cost in enumerate([0.5, 1.25, 0.25, 2.0, 0.75]):
        queue.put_nowait({"id": uuid.uuid5(JOBS_NS, f"job-{n}"), "n": n, "cost": cost,
                          "created": created + timedelta(milliseconds=10 * n), "tags": ["batch", f"p{n % 2}"]})
    store = []
    workers = [asyncio.create_task(worker(f"w{i}", queue, store)) for i in range(2)]
    await queue.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)

    print(store[0])
    records = [json.loads(line, object_hook=from_json) for line in store]
    for r in sorted(records, key=lambda r: r["finished"]):
        waited = r["started"] - r["created"]
        print(f"job {r['n']} {r['id']} by {r['worker']}: waited {waited}, took {r['took']}, "
              f"done {r['finished']:%H:%M:%S.%f} ({r['finished'].tzinfo})")
    by_id = {r["id"]: r for r in records}
    print("lookup by id:", by_id[uuid.uuid5(JOBS_NS, "job-3")]["n"], type(records[0]["id"]).__name__)
    summary = {
        "count": len(records),
        "total": sum((r["took"] for r in records), timedelta()),
        "first": min(r["started"] for r in records),
        "last": max(r["finished"] for r in records),
        "workers": sorted({r["worker"] for r in records}),
    }
    print(json.dumps(summary, default=to_json, indent=2))
    try:
        json.dumps({"when": created.date()}, default=to_json)
    except TypeError as exc:
        print("TypeError:", exc)


asyncio.run(main())
