# An exception group from a TaskGroup's __aexit__ in a step coroutine,
# uncaught: CPython's traceback names main at the async with line.
import asyncio

async def bad():
    await asyncio.sleep(0)
    raise ValueError("bad")

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(bad())
    print("not reached")

asyncio.run(main())
