import asyncio


def f():
    return [await asyncio.sleep(0) for _ in range(2)]
