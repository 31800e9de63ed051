"""A log-processing pipeline built from generators, driven by asyncio workers."""
import asyncio

RAW = [
    "2024-01-01 INFO start",
    "2024-01-01 WARN disk 91%",
    "garbage",
    "2024-01-02 ERROR db timeout",
    "2024-01-02 INFO retry",
    "2024-01-03 ERROR db timeout",
    "2024-01-03 INFO done",
]


def read_lines(lines):
    print("reader: open")
    for n, line in enumerate(lines, 1):
        yield n, line
    print("reader: eof")
    return len(lines)


def parse(records):
    bad = 0
    for n, line in records:
        parts = line.split(" ", 2)
        if len(parts) != 3:
            bad += 1
            print(f"parse: skipping line {n}: {line!r}")
            continue
        day, level, msg = parts
        yield {"line": n, "day": day, "level": level, "msg": msg}
    return bad


def only(level, entries):
    for e in entries:
        if e["level"] == level:
            yield e


def batches(items, size):
    batch = []
    for it in items:
        batch.append(it)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def counted(gen):
    # yield from hands back the subgenerator's return value.
    result = yield from gen
    print("counted: inner returned", result)
    return result


def running_average():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            return count
        total += value
        count += 1
        average = total / count


async def worker(name, batch_gen, delay):
    for batch in batch_gen:
        await asyncio.sleep(delay)
        print(name, "handles", [e["line"] for e in batch])
    return name


async def main():
    reader = read_lines(RAW)
    print(type(reader).__name__, reader.__name__)
    parsed = counted(parse(reader))
    errors = only("ERROR", parsed)
    first = next(errors)
    print("first error:", first["day"], first["msg"])
    rest = list(errors)
    print("other errors:", [e["line"] for e in rest])
    print("after exhaustion:", next(errors, "nothing left"))

    info = only("INFO", parse(read_lines(RAW)))
    shared = batches(info, 2)
    done = await asyncio.gather(worker("w1", shared, 0.3), worker("w2", shared, 0.2))
    print("workers:", done)

    avg = running_average()
    print("primed:", next(avg))
    for v in [10, 20, 60]:
        print("average now", avg.send(v))
    try:
        avg.send(None)
    except StopIteration as stop:
        print("averaged", stop.value, "values")
    try:
        next(avg)
    except StopIteration as stop:
        print("finished generator:", stop.value)

    try:
        bad = parse(read_lines([3]))
        next(bad)
    except AttributeError as e:
        print("caught:", e)


asyncio.run(main())
