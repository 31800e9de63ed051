# A metrics collector whose loop callbacks fail: asyncio logs each failure
# ("Exception in callback ...") with the handle and the traceback, and the
# loop keeps going.
import asyncio

samples = {"cpu": 0.5}


def record(name):
    if name not in samples:
        raise LookupError(f"no such metric: {name}")
    print("recorded", name, samples[name])


def check(limit, fut):
    if fut.result() > limit:
        raise OverflowError(f"{fut.result()} exceeds {limit}")


def fire(fut):
    check(10, fut)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(record, "cpu")
    loop.call_soon(record, "disk")
    loop.call_later(0.5, record, "net")
    fut = loop.create_future()
    fut.add_done_callback(fire)
    fut.set_result(42)
    await asyncio.sleep(1)
    print("collector still running")


asyncio.run(main())
