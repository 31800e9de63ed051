"""Callbacks scheduled with call_soon, call_soon_threadsafe and call_later from the loop's thread and from a worker."""
import asyncio
import threading

log = []


def note(tag):
    log.append(tag)
    print("ran", tag)


async def ticker(n):
    for i in range(n):
        print("tick", i)
        await asyncio.sleep(0)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(note, "soon-1")
    h = loop.call_soon_threadsafe(note, "threadsafe-1")
    loop.call_soon(note, "soon-2")
    loop.call_later(0, note, "later-0")
    t = asyncio.create_task(ticker(3))
    loop.call_soon_threadsafe(note, "threadsafe-2")
    print("scheduled", type(h).__name__, h.cancelled())
    await asyncio.sleep(0)
    print("after first yield")
    cancelled = loop.call_soon_threadsafe(note, "never")
    cancelled.cancel()
    await t
    done = asyncio.Event()

    def from_worker():
        loop.call_soon_threadsafe(note, "from-worker")
        loop.call_soon_threadsafe(done.set)

    th = threading.Thread(target=from_worker, name="feeder")
    th.start()
    await done.wait()
    th.join()
    print(log)


asyncio.run(main())
