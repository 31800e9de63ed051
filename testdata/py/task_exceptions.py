# Exceptions inside tasks: retrieved by await, by result()/exception(), by gather; a task
# exception nobody retrieves is only logged on stderr.
import asyncio

async def bad(n):
    await asyncio.sleep(0.01)
    raise ValueError(f"bad {n}")

async def main():
    t = asyncio.create_task(bad(1))
    try:
        await t
    except ValueError as e:
        print("await:", repr(e), t.done(), t.cancelled())
    t2 = asyncio.create_task(bad(2))
    await asyncio.sleep(0.02)
    print("exception():", repr(t2.exception()))
    try:
        t2.result()
    except ValueError as e:
        print("result():", e)
    res = await asyncio.gather(bad(3), asyncio.sleep(0.01, "ok"), return_exceptions=True)
    print("gather:", res)
    asyncio.create_task(bad(4))
    await asyncio.sleep(0.05)
    print("main ends normally")

asyncio.run(main())
