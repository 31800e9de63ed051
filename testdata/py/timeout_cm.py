# asyncio.timeout / timeout_at context managers: expiry, expired(), nesting, reschedule, None.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.05) as cm:
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("body cancelled at", loop.time())
                raise
    except TimeoutError as e:
        print("TimeoutError", repr(e.__cause__), cm.expired(), loop.time())

    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.01)
    print("no expiry:", cm.expired())

    try:
        async with asyncio.timeout_at(loop.time() + 0.02):
            async with asyncio.timeout(1) as inner:
                await asyncio.sleep(0.5)
    except TimeoutError:
        print("outer deadline fired; inner expired:", inner.expired())

    async with asyncio.timeout(None) as cm:
        cm.reschedule(loop.time() + 0.03)
        try:
            await asyncio.sleep(0.01)
            print("rescheduled deadline not reached yet, when =", cm.when())
        except TimeoutError:
            print("not reached")
    try:
        async with asyncio.timeout(0):
            print("timeout(0) body starts")
            await asyncio.sleep(0)
    except TimeoutError:
        print("timeout(0) expired after one iteration at", loop.time())

asyncio.run(main())
