# A job runner whose error paths await: notifications sent from except and
# finally clauses, a task cancelled while it awaits inside an except clause,
# retries that break out of an except clause, and errors raised by awaited
# coroutines while another is being handled (their __context__ shows which).
import asyncio


class JobError(Exception):
    pass


async def notify(msg, fail=False):
    await asyncio.sleep(0.01)
    if fail:
        raise RuntimeError(f"notify failed: {msg}")
    print("notify:", msg)


async def job(n):
    await asyncio.sleep(0.01 * n)
    if n % 2:
        raise JobError(f"job {n} failed")
    return n * 10


async def run_with_alert(n):
    try:
        return await job(n)
    except JobError as e:
        await notify(f"{e} (alerting)")
        try:
            await notify("pager", fail=True)
        except RuntimeError as r:
            print("pager error:", r, "| context:", repr(r.__context__))
        return -n
    finally:
        await notify(f"job {n} finished")


async def stuck_in_handler():
    try:
        raise JobError("original")
    except JobError:
        print("handler waiting")
        await asyncio.sleep(10)
        print("not reached")


async def retries():
    attempts = 0
    results = []
    for n in [1, 3, 4, 5]:
        try:
            results.append(await job(n))
            break
        except JobError as e:
            attempts += 1
            await notify(f"retry after {e}")
            if attempts == 2:
                print("giving up early")
                break
            continue
    return attempts, results


async def nested_handlers():
    try:
        try:
            raise KeyError("inner")
        except KeyError as k:
            await asyncio.sleep(0)
            raise ValueError("while handling") from None if False else ValueError("while handling")
    except ValueError as v:
        await asyncio.sleep(0)
        print("outer caught", repr(v), "context:", repr(v.__context__))
        try:
            await notify("from outer", fail=True)
        except RuntimeError as r:
            print("context chain:", repr(r.__context__), repr(r.__context__.__context__))


async def main():
    print(await asyncio.gather(*(run_with_alert(n) for n in range(3))))
    t = asyncio.create_task(stuck_in_handler())
    await asyncio.sleep(0.05)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError as c:
        print("cancelled; context:", repr(c.__context__))
    print(await retries())
    await nested_handlers()
    try:
        async def failing():
            try:
                raise JobError("first")
            except JobError:
                await notify("cleanup", fail=True)
        await failing()
    except RuntimeError as e:
        print("escaped:", repr(e), "context:", repr(e.__context__))
    print(f"done at {asyncio.get_running_loop().time():.2f}")


asyncio.run(main())
