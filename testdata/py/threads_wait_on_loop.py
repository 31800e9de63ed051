# Worker threads that wait on the event loop: a to_thread job blocks on a threading.Event the
# loop sets only after an asyncio.sleep, and a plain Thread hands progress back through
# call_soon_threadsafe. Under the virtual clock the loop waits a bounded real time for threads
# before it lets timers fire (README's grace rule), so neither side freezes.
import asyncio
import threading
import time


class Gate:
    def __init__(self):
        self.opened = threading.Event()
        self.lock = threading.Lock()
        self.passed = []

    def pass_through(self, who):
        if not self.opened.wait(timeout=30):
            raise TimeoutError(f"{who} gave up")
        with self.lock:
            self.passed.append(who)
        return f"{who} passed at {time.monotonic()}"


def reporter(loop, queue, steps):
    for i in range(steps):
        loop.call_soon_threadsafe(queue.put_nowait, f"step {i}")
    loop.call_soon_threadsafe(queue.put_nowait, None)


async def open_later(gate, delay):
    await asyncio.sleep(delay)
    print(f"opening gate at {asyncio.get_running_loop().time()}")
    gate.opened.set()


async def main():
    loop = asyncio.get_running_loop()
    gate = Gate()
    waiter = asyncio.create_task(asyncio.to_thread(gate.pass_through, "job-1"))
    opener = asyncio.create_task(open_later(gate, 0.5))
    print("waiting for the gate; loop time", loop.time())
    print(await waiter)
    await opener
    print("passed:", gate.passed, "is_set:", gate.opened.is_set())

    queue = asyncio.Queue()
    t = threading.Thread(target=reporter, args=(loop, queue, 3), name="reporter")
    t.start()
    while (item := await queue.get()) is not None:
        print("from thread:", item)
    t.join()
    print(t.name, "alive:", t.is_alive())

    slow = threading.Event()
    try:
        await asyncio.wait_for(asyncio.to_thread(slow.wait, 5), timeout=1.5)
    except asyncio.TimeoutError:
        print("wait_for gave up at", loop.time())
    slow.set()
    await asyncio.sleep(0)
    print("done at", loop.time(), time.time())


asyncio.run(main())
