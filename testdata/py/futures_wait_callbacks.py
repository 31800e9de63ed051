# A download scheduler on a one-worker pool: a gate Event holds the worker so that queued jobs
# can be cancelled, wait() reports FIRST_COMPLETED / FIRST_EXCEPTION / ALL_COMPLETED splits, and
# done callbacks record what happened (read only after the pool has shut down).
import asyncio
from concurrent.futures import (ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION, CancelledError,
                                ThreadPoolExecutor, as_completed, wait)
import threading

log = []
log_lock = threading.Lock()


def record(fut):
    with log_lock:
        if fut.cancelled():
            log.append("cancelled")
        elif fut.exception() is not None:
            log.append(f"failed: {fut.exception()}")
        else:
            log.append(f"ok: {fut.result()}")


def download(name, gate=None):
    if gate is not None:
        gate.wait(timeout=30)
    if name.endswith(".bad"):
        raise OSError(f"cannot fetch {name}")
    return f"{name} ({len(name)} bytes)"


def scheduler():
    gate = threading.Event()
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="dl")
    first = pool.submit(download, "index.html", gate)
    queued = [pool.submit(download, f"page{i}.html") for i in range(3)]
    for f in [first] + queued:
        f.add_done_callback(record)
    print("running:", first.running() or not first.done(), "queued cancel:", [f.cancel() for f in queued[1:]])
    done, not_done = wait([first], timeout=0.05)
    print("before the gate opens:", len(done), "done,", len(not_done), "pending")
    gate.set()
    result = wait([first] + queued, return_when=FIRST_COMPLETED)
    print("first completed:", sorted(f.result() for f in result.done if not f.cancelled())[:1] or "cancelled only")
    all_done = wait([first] + queued, return_when=ALL_COMPLETED)
    print("all:", len(all_done.done), "done,", len(all_done.not_done), "not done")
    for f in queued[1:]:
        try:
            f.result()
        except CancelledError:
            print("cancelled:", f.cancelled(), f.done(), f.cancel())
    print("finished cancel():", first.cancel())

    bad = [pool.submit(download, n) for n in ("a.txt", "b.bad", "c.txt")]
    res = wait(bad, return_when=FIRST_EXCEPTION)
    errors = [str(f.exception()) for f in res.done if f.exception()]
    print("first exception:", errors)
    names = sorted(f.result() for f in as_completed(bad) if not f.exception())
    print("as_completed:", names)
    pool.shutdown(wait=True)
    print("callbacks:", sorted(log))
    late = []
    first.add_done_callback(lambda f: late.append(f.result()))
    print("late callback ran at once:", late)


async def main():
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=1) as pool:
        gate = threading.Event()
        slow = loop.run_in_executor(pool, download, "slow.iso", gate)
        queued = loop.run_in_executor(pool, download, "never.iso")
        queued.cancel()
        await asyncio.sleep(0.1)
        gate.set()
        print(await slow, "| queued cancelled:", queued.cancelled())
        try:
            await loop.run_in_executor(pool, download, "x.bad")
        except OSError as e:
            print("async:", type(e).__name__, e)
    print("loop time:", loop.time())


scheduler()
asyncio.run(main())
