# Hand-made concurrent futures: a worker thread fulfils Futures the main code created, done
# callbacks collect outcomes, result(timeout=...) waits in real time, and asyncio.wrap_future
# lets a coroutine await a future a plain thread completes.
import asyncio
import concurrent.futures
import threading


def fulfil(jobs):
    for fut, value in jobs:
        if isinstance(value, Exception):
            fut.set_exception(value)
        else:
            fut.set_result(value)


def main_sync():
    outcomes = []
    jobs = [(concurrent.futures.Future(), v) for v in (1, KeyError("missing"), "three")]
    for fut, _ in jobs:
        fut.add_done_callback(lambda f: outcomes.append("error" if f.exception() else f.result()))
    cancelled = concurrent.futures.Future()
    print("cancel a pending future:", cancelled.cancel(), cancelled.cancelled(), cancelled.done())
    t = threading.Thread(target=fulfil, args=(jobs,))
    t.start()
    t.join()
    print([f.result() if not f.exception() else repr(f.exception()) for f, _ in jobs])
    print("callbacks:", outcomes)
    try:
        jobs[0][0].set_result(2)
    except concurrent.futures.InvalidStateError:
        print("InvalidStateError on a second set_result")
    try:
        cancelled.result()
    except concurrent.futures.CancelledError:
        print("CancelledError from a cancelled future")
    pending = concurrent.futures.Future()
    try:
        pending.result(timeout=0.05)
    except concurrent.futures.TimeoutError:
        print("TimeoutError after 0.05 real seconds; done:", pending.done())


async def main_async():
    fut = concurrent.futures.Future()
    waiter = asyncio.wrap_future(fut)
    t = threading.Thread(target=lambda: fut.set_result("from a thread"))
    t.start()
    print(await waiter, "| loop time", asyncio.get_running_loop().time())
    t.join()
    failing = concurrent.futures.Future()
    threading.Thread(target=failing.set_exception, args=(ValueError("thread says no"),)).start()
    try:
        await asyncio.wrap_future(failing)
    except ValueError as e:
        print("awaited:", e)


main_sync()
asyncio.run(main_async())
