# Exceptions and cancellation crossing try/finally inside coroutines: finally blocks that await,
# exceptions replaced in finally, return in finally swallowing a cancel, except* on a gather.
import asyncio

async def cleanup_awaits():
    try:
        await asyncio.sleep(1)
    finally:
        print("finally starts cleanup")
        await asyncio.sleep(0.01)
        print("cleanup done")

async def replaced():
    try:
        raise ValueError("original")
    finally:
        raise RuntimeError("replacement")

async def swallowing():
    try:
        await asyncio.sleep(1)
    finally:
        return "returned from finally"

async def main():
    t = asyncio.create_task(cleanup_awaits())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cleanup task cancelled:", t.cancelled())

    try:
        await replaced()
    except RuntimeError as e:
        print("caught", repr(e), "context", repr(e.__context__))

    s = asyncio.create_task(swallowing())
    await asyncio.sleep(0.01)
    s.cancel()
    print("swallowing result:", await s, s.cancelled())

    async def fail(n):
        await asyncio.sleep(0.01 * n)
        raise KeyError(n)

    try:
        await asyncio.gather(fail(1), fail(2))
    except KeyError as e:
        print("gather raised first failure:", repr(e))
    await asyncio.sleep(0.05)
    print("main done")

asyncio.run(main())
