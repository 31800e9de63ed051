# asyncio's 3.11 extras in a small job runner: a Runner keeps one loop (and one context) across
# several runs, a Barrier lines workers up between phases, inspect tells coroutine functions
# from plain ones before scheduling, and Task.get_coro names what a task runs.
import asyncio
import contextvars
import functools
import inspect

phase = contextvars.ContextVar("phase", default="boot")


async def worker(name, barrier, log):
    log.append(f"{name} ready")
    position = await barrier.wait()
    log.append(f"{name} passed ({'last' if position == barrier.parties - 1 else 'waiting'})")
    await asyncio.sleep(0.1)
    await barrier.wait()
    return name.upper()


def sync_job(x):
    return x + 1


async def async_job(x):
    await asyncio.sleep(0.05)
    return x * 10


async def async_gen_job():
    yield 1


async def run_jobs(jobs):
    out = []
    for job in jobs:
        if inspect.iscoroutinefunction(job):
            task = asyncio.create_task(job(4))
            print("scheduled", task.get_coro().__qualname__, "awaitable:", inspect.isawaitable(task))
            value = await task
            out.append(value)
        elif inspect.isasyncgenfunction(job):
            items = []
            async for x in job():
                items.append(x)
            out.append(items)
        else:
            out.append(job(4))
    return out


async def phase_one():
    barrier = asyncio.Barrier(3)
    log = []
    print("barrier:", barrier.parties, barrier.n_waiting, barrier.broken)
    results = await asyncio.gather(*(worker(n, barrier, log) for n in ("ann", "bob", "cy")))
    print(results, "at", asyncio.get_running_loop().time())
    print(sorted(log))
    phase.set("one done")
    return len(results)


async def phase_two():
    print("phase var carried over by the runner:", phase.get())
    jobs = [sync_job, async_job, functools.partial(async_job), async_gen_job]
    print([inspect.iscoroutinefunction(j) for j in jobs], asyncio.iscoroutinefunction(async_job))
    print(await run_jobs(jobs))
    broken = asyncio.Barrier(2)
    waiter = asyncio.create_task(broken.wait())
    await asyncio.sleep(0)
    await broken.abort()
    try:
        await waiter
    except asyncio.BrokenBarrierError:
        print("BrokenBarrierError, broken:", broken.broken)
    coro = phase_one()
    print("iscoroutine:", inspect.iscoroutine(coro), asyncio.iscoroutine(coro))
    coro.close()


with asyncio.Runner() as runner:
    loop = runner.get_loop()
    print("phase one ->", runner.run(phase_one()))
    runner.run(phase_two())
    print("same loop:", runner.get_loop() is loop, "time", loop.time())
print("outside the runner the phase is", phase.get())
try:
    runner.get_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
