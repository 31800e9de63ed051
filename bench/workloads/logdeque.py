# a module in a hot path: 4 workers take 200k jobs from a Queue, keep the
# last 64 in a collections.deque(maxlen=64) as a buffer, log every job at
# DEBUG (filtered out by the level) and every 2000th at INFO through a
# Formatter with %-args
import asyncio, collections, logging, sys, time

RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 1

JOBS, WORKERS = 200_000, 4

logging.basicConfig(level=logging.INFO, stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s")
log = logging.getLogger("pool")


async def worker(name, q, recent, seen):
    handled = 0
    while True:
        job = await q.get()
        if job is None:
            break
        recent.append(job)
        if len(recent) == recent.maxlen and recent[0] % 2 == 0:
            recent.popleft()
        log.debug("%s took job %d", name, job)
        handled += 1
        if job % 2000 == 0:
            log.info("%s at job %d (%d buffered)", name, job, len(recent))
    seen[name] = handled


async def main():
    q = asyncio.Queue(maxsize=256)
    recent = collections.deque(maxlen=64)
    seen = {}
    workers = [asyncio.create_task(worker(f"w{k}", q, recent, seen)) for k in range(WORKERS)]
    for job in range(JOBS):
        await q.put(job)
    for _ in workers:
        await q.put(None)
    await asyncio.gather(*workers)
    assert sum(seen.values()) == JOBS
    return f"{len(recent)} {sum(recent)}"


# Each run prints its wall and CPU seconds; the first run starts on a cold
# heap, the later ones reuse the memory the earlier ones freed.
for _ in range(RUNS):
    t0, c0 = time.perf_counter(), time.process_time()
    result = asyncio.run(main())
    print(f"{time.perf_counter() - t0:.6f} {time.process_time() - c0:.6f}")
print(result, file=sys.stderr)
