# A job scheduler's diagnostics page: it prints what kind of asyncio object
# each piece is, how timers are scheduled, and what API misuse reports.
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    return name


def describe(label, obj):
    print(f"{label:<12} {type(obj).__name__:<18} {type(obj)!r}")


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()

    soon = loop.call_soon(print, "tick")
    later = loop.call_later(2, print, "later")
    at_int = loop.call_at(10, print)
    at_float = loop.call_at(start + 2.5, print)
    print("when:", at_int.when(), repr(at_int), later.when() == start + 2, at_float.when())
    at_int.cancel()
    print("cancelled:", repr(at_int))

    task = asyncio.create_task(job("a", 1), name="job-a")
    sleeper = asyncio.create_task(asyncio.sleep(1))
    fut = loop.create_future()
    for label, obj in [("loop", loop), ("soon", soon), ("later", later), ("task", task),
                       ("future", fut), ("queue", asyncio.Queue()), ("lifo", asyncio.LifoQueue()),
                       ("priority", asyncio.PriorityQueue()), ("lock", asyncio.Lock()),
                       ("event", asyncio.Event()), ("condition", asyncio.Condition()),
                       ("semaphore", asyncio.Semaphore(2)), ("bounded", asyncio.BoundedSemaphore(1)),
                       ("group", asyncio.TaskGroup()), ("timeout", asyncio.timeout(5)),
                       ("gathering", asyncio.gather(sleeper))]:
        describe(label, obj)

    await asyncio.sleep(0)
    print("sleeper at", repr(sleeper).split("tasks.py")[1].split(">")[0])
    print("current stack:", asyncio.current_task().get_stack(limit=0))

    nap = asyncio.sleep
    print(repr(nap).split(" at ")[0], await nap(0, "napped"))

    for bad in ("boom", 42, KeyError):
        f = loop.create_future()
        try:
            f.set_exception(bad)
            print("set_exception ok:", repr(f.exception()))
        except TypeError as e:
            print("set_exception:", e)
    fut.set_result(None)
    try:
        fut.set_exception(ValueError())
    except asyncio.InvalidStateError as e:
        print("set_exception on done:", e)

    for make in (lambda: asyncio.wait_for(sleeper, "soon"),
                 lambda: asyncio.sleep("1")):
        try:
            await make()
        except TypeError as e:
            print("delay:", e)
    for make in (lambda: loop.call_later("1", print), lambda: loop.call_later(None, print),
                 lambda: asyncio.Semaphore("many"), lambda: asyncio.timeout("x")):
        try:
            make()
        except TypeError as e:
            print("argument:", e)

    shared = job("shared", 0)
    first, second = asyncio.create_task(shared), asyncio.create_task(shared)
    await asyncio.sleep(0.1)
    for t in (first, second):
        print("shared:", repr(t.exception()), t.result() if t.exception() is None else "-")
    try:
        await shared
    except RuntimeError as e:
        print("await again:", e)

    print(await task, task.get_stack())
    later.cancel()
    at_float.cancel()


asyncio.run(main())

first_loop, second_loop = asyncio.new_event_loop(), asyncio.new_event_loop()
pending = first_loop.create_future()
try:
    second_loop.run_until_complete(pending)
except ValueError as e:
    print("other loop:", e)
finally:
    pending.cancel()
    first_loop.close()
    second_loop.close()
