# A request handler that bounds its backend calls with asyncio.wait_for and
# logs what fails: tracebacks through wait_for's own frames (no timeout, a
# zero budget, an expired budget, a cancelled request) as CPython prints them.
import asyncio
import logging
import traceback

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
log = logging.getLogger("gateway")

BACKENDS = {"users": 0.02, "orders": 0.3, "stock": 0.05}


class BackendError(Exception):
    pass


async def call_backend(name, key):
    await asyncio.sleep(BACKENDS[name])
    if key.startswith("bad"):
        raise BackendError(f"{name} rejected {key!r}")
    return f"{name}:{key}"


async def handle(request_id, backend, key, budget):
    log.info("request %d -> %s(%s) budget=%s", request_id, backend, key, budget)
    try:
        result = await asyncio.wait_for(call_backend(backend, key), budget)
    except TimeoutError:
        log.exception("request %d timed out", request_id)
        return None
    except BackendError:
        log.exception("request %d failed", request_id)
        return None
    log.info("request %d ok: %s", request_id, result)
    return result


async def audit(queue, seen):
    while True:
        item = await queue.get()
        seen.append(item)
        queue.task_done()


async def main():
    results = []
    for request_id, (backend, key, budget) in enumerate([
        ("users", "alice", None),
        ("users", "bad-bob", None),
        ("stock", "widget", 0),
        ("orders", "o-17", 0.1),
        ("stock", "bad-gear", 1.0),
    ], start=1):
        results.append(await handle(request_id, backend, key, budget))
    print("results:", results)

    # A slow request is cancelled by its client while wait_for waits.
    slow = asyncio.create_task(handle(6, "orders", "o-18", 5), name="slow-request")
    await asyncio.sleep(0.05)
    slow.cancel()
    try:
        await slow
    except asyncio.CancelledError:
        print("client gave up on", slow.get_name())
        traceback.print_exc()

    # The auditor waits on its queue until shutdown cancels it.
    queue, seen = asyncio.Queue(), []
    auditor = asyncio.create_task(audit(queue, seen))
    for r in results:
        queue.put_nowait(r)
    await queue.join()
    auditor.cancel()
    try:
        await auditor
    except asyncio.CancelledError:
        print("auditor stopped after", len(seen), "items")
        traceback.print_exc()

    # No budget at all: the backend's failure reaches the top level.
    await asyncio.wait_for(call_backend("users", "bad-admin"), None)


asyncio.run(main())
