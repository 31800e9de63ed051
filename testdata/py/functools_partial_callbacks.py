"""functools.partial as loop, future and executor callbacks; reduce over task results."""
import asyncio
import functools
import time


def report(tag, value, *, unit="ms", sep=": "):
    print(f"{tag}{sep}{value}{unit}")


def on_done(label, fut):
    print(f"{label} finished with {fut.result()!r}")


def blocking_sum(start, stop, step=1):
    time.sleep(0.05)
    return sum(range(start, stop, step))


async def fetch(n):
    await asyncio.sleep(0.1 * n)
    return n * n


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(functools.partial(report, "soon", 1))
    loop.call_later(0.05, functools.partial(report, "later", 2, unit="s"))
    handle = loop.call_later(0.3, functools.partial(print, "never printed"))
    handle.cancel()

    tasks = []
    for n in range(1, 4):
        task = asyncio.create_task(fetch(n))
        task.add_done_callback(functools.partial(on_done, f"fetch({n})"))
        tasks.append(task)
    results = await asyncio.gather(*tasks)
    print("results", results)

    total = await loop.run_in_executor(None, functools.partial(blocking_sum, 0, 10, step=2))
    print("executor total", total)

    add = functools.partial(lambda f, xs: functools.reduce(f, xs), lambda a, b: a + b)
    print("reduce sum", add(results), "with initial", functools.reduce(lambda a, b: a * b, results, 10))
    longest = functools.reduce(lambda a, b: a if len(a) >= len(b) else b, ["ab", "abcd", "abc"])
    print("longest", longest)

    base = functools.partial(report, sep=" = ")
    more = functools.partial(base, "nested")
    print(more.func is report, more.args, more.keywords)
    more(42, unit="%")
    print(repr(functools.partial(print, 1, sep="-")))

    for bad in [lambda: functools.reduce(lambda a, b: a + b, []), lambda: functools.partial(5)]:
        try:
            bad()
        except TypeError as exc:
            print("TypeError:", exc)
    await asyncio.sleep(0.4)


asyncio.run(main())
