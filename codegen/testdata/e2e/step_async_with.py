# async with in step coroutines (handler regions): locks, semaphores,
# conditions, TaskGroup and timeout; normal exit, exceptions, cancellation
# while inside, several items, a target that is not a plain name.
import asyncio


async def user(lock, counter, n):
    for _ in range(n):
        async with lock:
            counter[0] += 1
            await asyncio.sleep(0)


async def bad(lock):
    async with lock:
        await asyncio.sleep(0)
        raise ValueError("boom")


async def limited(sem, i, log):
    async with sem:
        log.append(("in", i))
        await asyncio.sleep(0.1 * (i % 2))
        log.append(("out", i))


async def two_items(a, b, box):
    async with a as x, b as box["b"]:
        box[0] = (x, a.locked(), b.locked())
        await asyncio.sleep(0)
    box[1] = (a.locked(), b.locked())


async def child(i):
    await asyncio.sleep(i / 10)
    if i == 3:
        raise KeyError(i)
    return i


async def group(n):
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(child(i)) for i in range(n)]
    print("group done", [t.result() for t in tasks])


async def timed(delay):
    async with asyncio.timeout(0.5):
        await asyncio.sleep(delay)
        print("not timed out", delay)


async def waiter(cond, box):
    async with cond:
        while not box:
            await cond.wait()
        print("waiter saw", box)


async def notifier(cond, box):
    await asyncio.sleep(0.1)
    async with cond:
        box.append(1)
        cond.notify_all()


async def bad_now(lock):
    # Raised in the same step that entered the region.
    async with lock:
        raise ValueError("now")


async def failing(lock):
    async with lock:
        await asyncio.sleep(0)
        int("x")


async def main():
    lock = asyncio.Lock()
    counter = [0]
    await asyncio.gather(*[user(lock, counter, 3) for _ in range(4)])
    print(counter, lock.locked())
    try:
        await bad(lock)
    except ValueError as e:
        print("caught", e, lock.locked())
    t = asyncio.create_task(bad(lock))
    await asyncio.sleep(0)
    print(lock.locked(), t)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", lock.locked())

    sem = asyncio.Semaphore(2)
    log = []
    await asyncio.gather(*[limited(sem, i, log) for i in range(5)])
    print(log)

    box = {}
    await two_items(asyncio.Semaphore(1), asyncio.Semaphore(1), box)
    print(box)

    await group(3)
    try:
        await group(5)
    except* KeyError as eg:
        print("group failed", eg.exceptions)

    await timed(0.1)
    try:
        await timed(1)
    except TimeoutError:
        print("timed out", asyncio.get_running_loop().time())

    cond = asyncio.Condition()
    box = []
    await asyncio.gather(waiter(cond, box), notifier(cond, box))

    try:
        await bad_now(lock)
    except ValueError as e:
        print("caught", e, lock.locked())

    # The ValueError leaves failing's handler region after __aexit__: its
    # traceback still ends at the int() line.
    try:
        await failing(lock)
    except ValueError as e:
        raise RuntimeError("wrapped") from e


asyncio.run(main())
