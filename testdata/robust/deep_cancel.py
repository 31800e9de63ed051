import asyncio


async def deep(n):
    if n == 0:
        await asyncio.sleep(1)
        return 0
    try:
        return await deep(n - 1)
    finally:
        if n % 20 == 0:
            print("unwinding", n)


async def main():
    t = asyncio.create_task(deep(60))
    await asyncio.sleep(0.1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.cancelled())


asyncio.run(main())
