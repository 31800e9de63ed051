"""A job scheduler on the virtual clock: jobs run at offsets from datetime.now(), their lateness
and durations are timedeltas, and the report prints them in the ways programs usually do."""
import asyncio
import time
from datetime import datetime, timedelta, timezone


class Job:
    def __init__(self, name, offset, duration):
        self.name = name
        self.offset = offset
        self.duration = duration
        self.started = None
        self.finished = None

    def __repr__(self):
        return f"Job({self.name!r}, due in {self.offset})"


async def run_job(job, start):
    due = start + job.offset
    wait = (due - datetime.now()).total_seconds()
    if wait > 0:
        await asyncio.sleep(wait)
    job.started = datetime.now()
    await asyncio.sleep(job.duration.total_seconds())
    job.finished = datetime.now()
    return job


async def main():
    start = datetime.now()
    print("scheduler started at", start, "| utc:", datetime.now(timezone.utc).isoformat())
    print("today is", start.date(), start.strftime("%A, %d %B %Y"), "week", start.isocalendar().week)
    jobs = [
        Job("backup", timedelta(seconds=2), timedelta(milliseconds=1500)),
        Job("report", timedelta(seconds=0.5), timedelta(minutes=1, seconds=3)),
        Job("cleanup", timedelta(hours=1), timedelta(0)),
        Job("sync", timedelta(microseconds=250), timedelta(seconds=59.999999)),
    ]
    print(sorted(jobs, key=lambda j: j.offset))
    done = await asyncio.gather(*(run_job(j, start) for j in jobs))
    for job in sorted(done, key=lambda j: j.finished):
        late = job.started - (start + job.offset)
        took = job.finished - job.started
        print(f"{job.name:8} started {job.started.time()} finished {job.finished:%H:%M:%S.%f} "
              f"took {took} ({took.total_seconds():.3f}s) late by {late!r}")
    total = sum((j.duration for j in jobs), timedelta())
    print("total work:", total, "| wall:", datetime.now() - start, "| ratio:", total / (datetime.now() - start))
    print("longest:", max(j.duration for j in jobs), "| shortest:", min(j.duration for j in jobs))
    print("finished after the hour mark:", [j.name for j in jobs if j.finished - start >= timedelta(hours=1)])
    time.sleep(86400 * 3 + 7)
    later = datetime.now()
    print("three days later:", later, later - start, (later - start).days, "days", (later - start).seconds, "s")
    print("midnight:", later.replace(hour=0, minute=0, second=0, microsecond=0), later.replace(hour=0, minute=0, second=0, microsecond=0) < later)


asyncio.run(main())
