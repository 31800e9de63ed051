# Blocking work in threads: asyncio.to_thread and loop.run_in_executor; the loop waits for real
# while thread work is pending, so virtual time does not move.
import asyncio
import time

def blocking(n, scale=1):
    total = sum(i * scale for i in range(n))
    return f"sum({n}) = {total}"

async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.to_thread(blocking, 10))
    print(await asyncio.to_thread(blocking, 5, scale=2))
    print(await loop.run_in_executor(None, blocking, 4))
    results = await asyncio.gather(*(asyncio.to_thread(blocking, n) for n in (1, 2, 3)))
    print(results)
    try:
        await asyncio.to_thread(int, "nope")
    except ValueError as e:
        print("ValueError from thread:", e)
    print("loop time unchanged:", loop.time(), time.time())

asyncio.run(main())
