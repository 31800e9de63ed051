# An exception escaping the main coroutine: pending tasks' finally blocks print before the
# traceback, status 1.
import asyncio

async def bg():
    try:
        await asyncio.sleep(10)
    finally:
        print("bg finally")

async def main():
    asyncio.create_task(bg())
    await asyncio.sleep(0)
    raise KeyError("k")

asyncio.run(main())
