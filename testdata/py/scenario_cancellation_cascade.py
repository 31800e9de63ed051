# Cancellation across layers: cancelling an outer task cancels the inner one first, shield keeps
# the inner work alive, and wait_for returns the value of an inner task that swallows its cancel.
import asyncio

async def inner(tag):
    try:
        await asyncio.sleep(1)
        return f"{tag} finished"
    finally:
        print(tag, "inner finally")

async def outer(t):
    try:
        return await t
    finally:
        print("outer finally")

async def swallow():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("swallow: ignoring the cancel")
        return "swallowed value"

async def main():
    it = asyncio.create_task(inner("A"))
    ot = asyncio.create_task(outer(it))
    await asyncio.sleep(0.01)
    ot.cancel()
    for i in range(3):
        await asyncio.sleep(0)
        print("iteration", i, it.done(), ot.done())
    print(it.cancelled(), ot.cancelled())

    guarded = asyncio.create_task(inner("B"))
    waiter = asyncio.create_task(outer(asyncio.shield(guarded)))
    await asyncio.sleep(0.01)
    waiter.cancel()
    await asyncio.sleep(0.01)
    print("waiter cancelled:", waiter.cancelled(), "guarded running:", not guarded.done())
    guarded.cancel()
    await asyncio.gather(guarded, return_exceptions=True)

    print(await asyncio.wait_for(swallow(), timeout=0.05))

asyncio.run(main())
