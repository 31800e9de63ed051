# Task-group failures sorted by except* clauses that await while they report,
# and a group no clause matches that escapes to the caller.
import asyncio

async def log(msg):
    await asyncio.sleep(0.01)
    print("log:", msg)

async def failing(n):
    await asyncio.sleep(0.01 * n)
    if n == 1:
        raise ValueError(f"bad value {n}")
    if n == 2:
        raise KeyError(f"missing {n}")
    if n == 3:
        raise TypeError("wrong type")
    return n

async def run(ns):
    try:
        async with asyncio.TaskGroup() as tg:
            for n in ns:
                tg.create_task(failing(n))
    except* ValueError as eg:
        await log(f"values: {[str(e) for e in eg.exceptions]}")
    except* KeyError as eg:
        await log(f"keys: {eg.exceptions}")
        for e in eg.exceptions:
            print("key", e)
    print("after", ns)

async def main():
    await run([0, 1, 2])
    await run([0, 2])
    try:
        await run([1, 3])
        await run([3])
    except* TypeError as eg:
        print("escaped:", repr(eg.exceptions), type(eg).__name__)

asyncio.run(main())
