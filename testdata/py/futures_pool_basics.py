# A report builder that fans work out to a ThreadPoolExecutor: one worker keeps the order and
# the thread names deterministic; results, failures and cancellations are read back through
# the futures, and the async part hands the same pool to the event loop.
import asyncio
import concurrent.futures
from concurrent.futures import ThreadPoolExecutor
import threading


class PriceError(Exception):
    pass


PRICES = {"apple": 3, "pear": 5, "fig": 7}


def price_of(item, qty=1):
    if item not in PRICES:
        raise PriceError(f"no price for {item!r}")
    return PRICES[item] * qty


def tag(item):
    return f"{item}@{threading.current_thread().name}"


def build_report(pool, orders):
    futures = {pool.submit(price_of, item, qty=qty): item for item, qty in orders}
    lines = []
    for fut, item in futures.items():
        try:
            lines.append(f"{item}: {fut.result()}")
        except PriceError as e:
            lines.append(f"{item}: error {e} (done={fut.done()}, cancelled={fut.cancelled()})")
    return lines


def main_sync():
    with ThreadPoolExecutor(max_workers=1) as pool:
        for line in build_report(pool, [("apple", 2), ("kiwi", 1), ("fig", 3)]):
            print(line)
        print(list(pool.map(tag, ["a", "b", "c"])))
        print(list(pool.map(price_of, ["apple", "pear"], [10, 20])))
        results = pool.map(price_of, ["pear", "plum", "fig"])
        try:
            for r in results:
                print("mapped:", r)
        except PriceError as e:
            print("map stopped:", e)
        exc = pool.submit(price_of, "durian").exception()
        print("exception():", type(exc).__name__, exc)
    try:
        pool.submit(price_of, "apple")
    except RuntimeError as e:
        print("after shutdown:", e)

    named = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pricing")
    print(named.submit(tag, "x").result(), named.submit(tag, "y").result())
    named.shutdown(wait=True)
    anonymous = ThreadPoolExecutor(1)
    print(anonymous.submit(tag, "z").result())
    anonymous.shutdown()
    try:
        ThreadPoolExecutor(max_workers=0)
    except ValueError as e:
        print("ValueError:", e)


async def main_async():
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="loop-pool") as pool:
        totals = await asyncio.gather(*(loop.run_in_executor(pool, price_of, item, 2) for item in PRICES))
        print("totals:", totals, "at", loop.time())
        print(await loop.run_in_executor(pool, tag, "async"))
        try:
            await loop.run_in_executor(pool, price_of, "mango")
        except PriceError as e:
            print("async error:", e)
        print(await asyncio.wrap_future(pool.submit(tag, "wrapped")))
        fut = pool.submit(price_of, "fig")
        print(type(fut).__name__, fut.result(), concurrent.futures.ALL_COMPLETED)


main_sync()
asyncio.run(main_async())
