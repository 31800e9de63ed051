# A small async pipeline where tasks read names that are not always bound: a step-form coroutine
# whose result is assigned on one branch only, a worker that reads its loop variable after an
# empty batch, a coroutine awaiting inside an except clause (the goroutine form), a nonlocal
# counter deleted by a helper, a comprehension reading a variable assigned after it, and a
# walrus inside a short-circuit. Errors are caught and printed, then one escapes.
import asyncio

log = []


async def fetch(item):
    await asyncio.sleep(0.01)
    if item.startswith("ok"):
        payload = item.upper()
    return payload


async def batch_worker(name, batch):
    handled = 0
    for entry in batch:
        try:
            value = await fetch(entry)
            log.append(value)
            handled += 1
        except UnboundLocalError as e:
            print(name, "skip", entry, "-", e)
    try:
        print(name, "last entry", entry, "handled", handled)
    except UnboundLocalError as e:
        print(name, "no entries:", e)
    return handled


async def retrying(name):
    try:
        await asyncio.sleep(0.02)
        raise ConnectionError(name + " down")
    except ConnectionError as exc:
        await asyncio.sleep(0.01)
        print("retry after", exc)
    try:
        print(exc)
    except UnboundLocalError as e:
        print("after handler:", e)
    return name


def make_tracker():
    seen = 0

    def track():
        nonlocal seen
        seen += 1
        return seen

    def reset():
        nonlocal seen
        del seen

    return track, reset


def scale(values):
    try:
        scaled = [v * factor for v in values]
    except NameError as e:
        print("scale:", e)
        scaled = []
    factor = 3
    return scaled + [v * factor for v in values]


def first_long(words):
    if any(len(w) > 4 for w in words) and (hit := max(words, key=len)):
        print("long word", hit)
    return hit


async def main():
    counts = await asyncio.gather(
        batch_worker("w1", ["ok-a", "bad", "ok-b"]),
        batch_worker("w2", []),
        retrying("db"),
    )
    print("counts", counts, log)
    track, reset = make_tracker()
    print("track", track(), track())
    reset()
    try:
        track()
    except NameError as e:
        print("track after reset:", e)
    print("scale", scale([1, 2]))
    print("first_long", first_long(["tiny", "enormous"]))
    try:
        first_long(["a", "b"])
    except UnboundLocalError as e:
        print("first_long:", e)
    task = asyncio.create_task(fetch("nope"))
    try:
        await task
    except UnboundLocalError as e:
        print("task failed:", e, task.done())
    print(await fetch("ok-final"))
    await fetch("broken")


asyncio.run(main())
