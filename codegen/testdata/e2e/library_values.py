# library functions used as values: executors, to_thread, aliases
import asyncio, time, sys
async def main():
    loop = asyncio.get_running_loop()
    t0 = time.monotonic()
    await loop.run_in_executor(None, time.sleep, 0.5)
    await asyncio.to_thread(time.sleep, 0.25)
    print("slept", round(time.monotonic() - t0, 2), sys.maxsize)
    f = asyncio.sleep
    print(await f(0.1, "r"))
asyncio.run(main())
