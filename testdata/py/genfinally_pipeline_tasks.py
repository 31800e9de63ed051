# A pipeline of generators, each stage with its own try/finally, feeding
# asyncio worker tasks through a queue. Closing the last stage (the for loop
# breaks, or an exception leaves it) closes every stage upstream, innermost
# last, before the code after the loop runs; yield from passes results and
# the close straight through.
import asyncio


def source(records):
    print("source: start")
    try:
        for rec in records:
            yield rec
        return len(records)
    finally:
        print("source: closed")


def parse(records):
    print("parse: start")
    bad = 0
    try:
        for rec in source(records):
            name, _, qty = rec.partition("=")
            if not qty.isdigit():
                bad += 1
                continue
            yield name.strip(), int(qty)
    finally:
        print(f"parse: closed ({bad} bad)")


def numbered(records):
    try:
        n = yield from enumerate_items(records)
        print(f"numbered: {n} items")
    finally:
        print("numbered: closed")


def enumerate_items(records):
    count = 0
    try:
        for i, item in enumerate(parse(records), 1):
            count = i
            yield i, item
    except GeneratorExit:
        print(f"enumerate_items: stopped at {count}")
        raise
    return count


async def worker(wid, queue, results):
    while True:
        job = await queue.get()
        if job is None:
            queue.task_done()
            print(f"worker {wid}: stop")
            return
        n, (name, qty) = job
        await asyncio.sleep(0.05 * qty)
        results.append((n, name, qty * 10))
        print(f"worker {wid}: {name} x{qty}")
        queue.task_done()


async def run_batch(records, limit):
    queue = asyncio.Queue()
    results = []
    workers = [asyncio.create_task(worker(w, queue, results), name=f"w{w}") for w in range(2)]
    for n, item in numbered(records):
        if n > limit:
            print(f"limit {limit} reached")
            break
        await queue.put((n, item))
    print("pipeline released")
    for _ in workers:
        await queue.put(None)
    await queue.join()
    await asyncio.gather(*workers)
    return sorted(results)


async def checked(records):
    try:
        for n, (name, qty) in numbered(records):
            if qty > 5:
                raise ValueError(f"{name}: quantity {qty} too large")
            await asyncio.sleep(0)
            print("checked", name)
    except ValueError as e:
        print("rejected:", e)
        return False
    return True


async def main():
    records = ["apple=3", "pear=x", "plum=1", "fig=2", "kiwi=4"]
    print(await run_batch(records, 3))
    print(await run_batch(records[:2], 10))
    print(await checked(["a=1", "b=9", "c=2"]))
    print(await checked(["a=1"]))


asyncio.run(main())
