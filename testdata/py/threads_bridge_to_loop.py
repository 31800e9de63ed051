# Sensor threads that talk to the event loop: each thread submits coroutines with
# run_coroutine_threadsafe and blocks on the concurrent future, pushes readings with
# call_soon_threadsafe, and waits for the loop's go-ahead on a threading.Event. Per-thread
# scratch space lives in threading.local; shared totals sit behind an RLock.
import asyncio
import threading

totals = {}
totals_lock = threading.RLock()
scratch = threading.local()


def add_total(name, value):
    with totals_lock:
        with totals_lock:
            totals[name] = totals.get(name, 0) + value


async def calibrate(name, raw):
    await asyncio.sleep(0.1)
    if raw < 0:
        raise ValueError(f"{name}: negative reading {raw}")
    return raw * 2


def sensor(name, readings, loop, inbox, go):
    scratch.name = name
    scratch.count = 0
    for raw in readings:
        fut = asyncio.run_coroutine_threadsafe(calibrate(name, raw), loop)
        try:
            value = fut.result(timeout=30)
        except ValueError as e:
            loop.call_soon_threadsafe(inbox.put_nowait, f"error {e}")
            continue
        scratch.count += 1
        add_total(name, value)
        loop.call_soon_threadsafe(inbox.put_nowait, f"{scratch.name} {value}")
    go.wait(timeout=30)
    loop.call_soon_threadsafe(inbox.put_nowait, f"{scratch.name} done after {scratch.count}")


async def main():
    loop = asyncio.get_running_loop()
    inbox = asyncio.Queue()
    go = threading.Event()
    t = threading.Thread(target=sensor, args=("alpha", [1, -2, 3], loop, inbox, go))
    t.start()
    for _ in range(3):
        print("inbox:", await inbox.get(), "at", loop.time())
    await asyncio.sleep(1)
    go.set()
    print("inbox:", await inbox.get(), "at", loop.time())
    await asyncio.to_thread(t.join)
    print("totals:", totals, "thread alive:", t.is_alive())
    print("main thread never set scratch:", hasattr(scratch, "name"))
    scratch.name = "main"
    print("main's scratch:", scratch.name)


asyncio.run(main())
