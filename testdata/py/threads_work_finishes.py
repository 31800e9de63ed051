# Thread work that finishes takes no virtual time: threads share an inventory under a Lock,
# a BoundedSemaphore caps concurrent "uploads", a Condition hands batches from a producer thread
# to a consumer thread, and the loop awaits to_thread jobs between sleeps. Everything is joined
# (or awaited) before it is printed, so the output does not depend on scheduling.
import asyncio
import threading
import time

inventory = {"apples": 10, "pears": 4}
inventory_lock = threading.RLock()
upload_slots = threading.BoundedSemaphore(2)
local = threading.local()


def restock(item, amount, rounds):
    local.moves = 0
    for _ in range(rounds):
        with inventory_lock:
            with inventory_lock:  # re-entrant
                inventory[item] = inventory.get(item, 0) + amount
            local.moves += 1
    return local.moves


def upload(name, results):
    with upload_slots:
        results[name] = f"{name} uploaded by {threading.current_thread().name}"


class Batches:
    def __init__(self):
        self.cond = threading.Condition()
        self.items = []
        self.closed = False

    def produce(self, n):
        for i in range(n):
            with self.cond:
                self.items.append(i * i)
                self.cond.notify()
        with self.cond:
            self.closed = True
            self.cond.notify_all()

    def consume(self, out):
        while True:
            with self.cond:
                self.cond.wait_for(lambda: self.items or self.closed)
                if not self.items:
                    return
                out.append(self.items.pop(0))


def checksum(words):
    total = 0
    for w in words:
        for ch in w:
            total = (total * 31 + ord(ch)) % 1_000_003
    return total


async def main():
    loop = asyncio.get_running_loop()
    workers = [threading.Thread(target=restock, args=(item, n, 50), name=f"restock-{item}")
               for item, n in [("apples", 1), ("pears", 2), ("plums", 3)]]
    for w in workers:
        w.start()
    await asyncio.sleep(0.25)
    for w in workers:
        w.join()
        print(w.name, "finished:", not w.is_alive())
    print("inventory:", dict(sorted(inventory.items())), "at", loop.time())

    results = {}
    uploads = [threading.Thread(target=upload, args=(f"file{i}", results), name=f"up{i}") for i in range(4)]
    for t in uploads:
        t.start()
    for t in uploads:
        t.join(timeout=10)
    for name in sorted(results):
        print(results[name])

    batches, got = Batches(), []
    consumer = threading.Thread(target=batches.consume, args=(got,), daemon=True)
    producer = threading.Thread(target=batches.produce, kwargs={"n": 6})
    consumer.start()
    producer.start()
    producer.join()
    consumer.join()
    print("consumed:", got, "daemon:", consumer.daemon)
    print("threads left:", threading.active_count())

    sums = await asyncio.gather(*(asyncio.to_thread(checksum, ws) for ws in (["a", "b"], ["async", "io"], [])))
    print("checksums:", sums, "at", loop.time())
    try:
        upload_slots.release()
    except ValueError as e:
        print("release:", e)
    print("main is", threading.current_thread().name, threading.current_thread() is threading.main_thread())
    print("elapsed", time.monotonic())


asyncio.run(main())
