# A job runner built on asyncio's library coroutines (Condition, Barrier,
# Semaphore, Event, wait_for, wait, AsyncExitStack, asynccontextmanager as
# a decorator), cancelled at awkward moments.
import asyncio
import contextlib


class Board:
    def __init__(self):
        self.cond = asyncio.Condition()
        self.ready = []

    async def post(self, job):
        async with self.cond:
            self.ready.append(job)
            self.cond.notify()

    async def take(self, who):
        async with self.cond:
            await self.cond.wait_for(lambda: self.ready)
            job = self.ready.pop(0)
            print(f"{who} took {job}")
            return job


@contextlib.asynccontextmanager
async def traced(name):
    print(f"begin {name}")
    try:
        yield name
    finally:
        await asyncio.sleep(0)
        print(f"end {name}")


@traced("batch")
async def run_batch(sem, n):
    async with sem:
        await asyncio.sleep(0.01 * n)
        return n * 10


async def waiter(cond, tag):
    async with cond:
        try:
            await cond.wait()
            print(f"{tag} notified, locked={cond.locked()}")
        except asyncio.CancelledError:
            print(f"{tag} cancelled, locked={cond.locked()}")
            raise


async def party(barrier, i):
    try:
        idx = await barrier.wait()
        print(f"party {i} passed as {idx}")
    except asyncio.BrokenBarrierError:
        print(f"party {i} broken")


async def main():
    board = Board()
    takers = [asyncio.create_task(board.take(f"w{i}")) for i in range(2)]
    await asyncio.sleep(0)
    await board.post("build")
    await board.post("test")
    print(sorted(await asyncio.gather(*takers)))

    cond = asyncio.Condition()
    w1 = asyncio.create_task(waiter(cond, "c1"))
    w2 = asyncio.create_task(waiter(cond, "c2"))
    await asyncio.sleep(0)
    async with cond:
        cond.notify(1)
        w2.cancel()
    done, pending = await asyncio.wait([w1, w2])
    print(len(done), len(pending), w2.cancelled())

    sem = asyncio.Semaphore(1)
    results = await asyncio.gather(run_batch(sem, 2), run_batch(sem, 1))
    print("batches", results)

    barrier = asyncio.Barrier(3)
    parties = [asyncio.create_task(party(barrier, i)) for i in range(2)]
    await asyncio.sleep(0)
    print("waiting:", barrier.n_waiting, barrier.broken)
    await barrier.abort()
    await asyncio.gather(*parties)
    await barrier.reset()
    print("after reset:", barrier.n_waiting, barrier.broken)

    ev = asyncio.Event()
    try:
        await asyncio.wait_for(ev.wait(), timeout=0.05)
    except asyncio.TimeoutError:
        print("event timed out", ev.is_set())

    async with contextlib.AsyncExitStack() as stack:
        lock = asyncio.Lock()
        await stack.enter_async_context(lock)
        stack.push_async_callback(traced_cleanup, "stack")
        print("in stack, locked:", lock.locked())
    print("after stack, locked:", lock.locked())

    gate = asyncio.Semaphore(0)
    await gate.__aexit__(None, None, None)
    print("gate released:", await gate.__aenter__(), gate.locked())


async def traced_cleanup(name):
    await asyncio.sleep(0)
    print(f"cleanup {name}")


asyncio.run(main())
