# wait_for around gather: the timeout cancels the gather, which cancels its children in argument
# order; each child's handler runs before wait_for raises TimeoutError.
import asyncio

async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "finished")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise
    finally:
        print(name, "finally")

async def main():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.wait_for(asyncio.gather(child("a", 0.01), child("b", 1), child("c", 2)), 0.05)
    except TimeoutError:
        print("timed out at", loop.time())
    res = await asyncio.wait_for(asyncio.gather(child("d", 0.01), child("e", 0.02)), 1)
    print(res, loop.time())

asyncio.run(main())
