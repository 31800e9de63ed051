# CancelledError: catching and re-raising, cancel messages, cancelled()/cancelling()/uncancel(),
# swallowing a cancel, and CancelledError not being an Exception.
import asyncio

async def worker(name):
    try:
        print(name, "working")
        await asyncio.sleep(1)
        print(name, "finished")
    except asyncio.CancelledError as e:
        print(name, "cancelled with", repr(e))
        raise
    finally:
        print(name, "cleanup")

async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("stubborn swallows the cancel")
    return "stubborn result"

async def main():
    t = asyncio.create_task(worker("w1"))
    await asyncio.sleep(0.01)
    print("cancel() ->", t.cancel("stop now"), "cancelling:", t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("main saw", repr(e), t.cancelled(), t.done())
    print("cancel again ->", t.cancel())

    s = asyncio.create_task(stubborn())
    await asyncio.sleep(0.01)
    s.cancel()
    print("stubborn returned", await s, s.cancelled(), s.cancelling(), s.uncancel())

    print(issubclass(asyncio.CancelledError, Exception), issubclass(asyncio.CancelledError, BaseException))
    try:
        try:
            raise asyncio.CancelledError("manual")
        except Exception:
            print("not reached")
    except BaseException as e:
        print("caught as BaseException:", type(e).__name__, e)

    t2 = asyncio.create_task(worker("w2"))
    t2.cancel()
    results = await asyncio.gather(t2, return_exceptions=True)
    print("never started:", results)

asyncio.run(main())
