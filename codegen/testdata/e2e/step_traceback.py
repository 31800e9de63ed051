# An uncaught exception raised through a chain of step coroutines after
# several suspensions: the traceback names every frame at its await line.
import asyncio


async def inner(n):
    for i in range(n):
        await asyncio.sleep(0.1)
    if n > 2:
        raise KeyError("missing")


async def wrapped(n):
    try:
        print("wrapped start")
    finally:
        print("wrapped finally")
    await inner(n)


async def middle():
    total = 0
    while total < 2:
        total += 1
        if total == 2:
            await wrapped(3)
        await asyncio.sleep(0)


async def main():
    t = asyncio.create_task(middle())
    await asyncio.sleep(0.05)
    print(t)
    await t


asyncio.run(main())
