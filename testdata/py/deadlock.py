# Waiting on a future nobody will ever complete: under the clock contract the program stops with
# "deadlock: event loop has nothing to wait for" on stderr and status 3 (CPython would hang).
import asyncio

async def waits_forever(fut):
    print("waiting for a result that never comes")
    return await fut

async def main():
    fut = asyncio.get_running_loop().create_future()
    task = asyncio.create_task(waits_forever(fut))
    await asyncio.sleep(0.5)
    print("main still waiting")
    await task

asyncio.run(main())
print("not reached")
