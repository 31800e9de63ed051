# An exception raised inside asyncio.wait_for's inner coroutine passes through wait_for's own
# frame (tasks.py's `return fut.result()`): the uncaught traceback shows it between the caller
# and the inner coroutine.
import asyncio


async def fetch(name, delay):
    await asyncio.sleep(delay)
    if name.startswith("bad"):
        raise KeyError(name)
    return name.upper()


async def main():
    print(await asyncio.wait_for(fetch("ok", 0.01), 1))
    try:
        await asyncio.wait_for(fetch("bad-1", 0.01), 1)
    except KeyError as e:
        print("caught", repr(e))
    try:
        await asyncio.wait_for(fetch("slow", 2), 0.05)
    except TimeoutError:
        print("timed out")
    print(await asyncio.wait_for(fetch("bad-2", 0.01), 0.5))


asyncio.run(main())
