# A log-processing pipeline across threads and the event loop: a reader thread feeds a bounded
# queue.Queue, one parser thread turns lines into records on a PriorityQueue, and the loop
# drains results through to_thread(queue.get) between sleeps. task_done/join mark progress;
# Empty and Full are caught where a caller chose not to block.
import asyncio
import queue
import threading

LINES = [
    "ERROR disk full",
    "INFO started",
    "WARN slow response",
    "INFO heartbeat",
    "ERROR timeout",
    "DEBUG noise",
]
LEVELS = {"ERROR": 0, "WARN": 1, "INFO": 2, "DEBUG": 3}
STOP = None


def reader(raw):
    for line in LINES:
        raw.put(line, timeout=5)
    raw.put(STOP)


def parser(raw, parsed):
    seq = 0
    while True:
        line = raw.get()
        try:
            if line is STOP:
                return
            level, text = line.split(" ", 1)
            parsed.put((LEVELS[level], seq, level, text))
            seq += 1
        finally:
            raw.task_done()


async def main():
    raw = queue.Queue(maxsize=2)
    parsed = queue.PriorityQueue()
    threads = [threading.Thread(target=reader, args=(raw,), name="reader"),
               threading.Thread(target=parser, args=(raw, parsed), name="parser")]
    for t in threads:
        t.start()
    await asyncio.sleep(0.2)
    await asyncio.to_thread(raw.join)
    for t in threads:
        await asyncio.to_thread(t.join)
        print(f"{t.name} joined, alive={t.is_alive()}")
    print("parsed records:", parsed.qsize(), "raw empty:", raw.empty())
    while True:
        try:
            prio, seq, level, text = parsed.get_nowait()
        except queue.Empty:
            print("drained")
            break
        print(f"  {level:<5} #{seq} {text}")

    small = queue.Queue(maxsize=1)
    small.put("only")
    try:
        small.put_nowait("extra")
    except queue.Full:
        print("Full: maxsize", small.maxsize, "full()", small.full())
    try:
        small.put("late", timeout=0.05)
    except queue.Full:
        print("Full after a timeout")
    print(await asyncio.to_thread(small.get), small.empty())
    try:
        small.get(block=False)
    except queue.Empty:
        print("Empty without blocking")
    stack = queue.LifoQueue()
    for x in "abc":
        stack.put(x)
    print("lifo:", [stack.get() for _ in range(stack.qsize())])
    simple = queue.SimpleQueue()
    simple.put(1)
    simple.put(2)
    print("simple:", simple.get(), simple.get(), simple.empty())
    try:
        queue.Queue().task_done()
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
