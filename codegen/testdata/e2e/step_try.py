# try/except/else/finally around awaits in step coroutines (handler
# regions): matching and unmatched handlers, else, finally on every way
# out, cancellation, break/continue out of the try body, returns, nested
# regions, and a chained traceback that starts at the catching function.
import asyncio


async def val(x, fail=False):
    await asyncio.sleep(0)
    if fail:
        raise ValueError(x)
    return x


async def basic(fail):
    try:
        r = await val(1, fail)
    except ValueError as e:
        print("caught", repr(e))
        r = -1
    else:
        print("else", r)
    finally:
        print("finally", fail)
    return r


async def only_finally(fail):
    try:
        await val(2, fail)
        print("body done")
    finally:
        print("cleanup", fail)


async def loop_with_try():
    out = []
    for i in range(5):
        try:
            v = await val(i, i % 2 == 1)
            if i == 4:
                break
            out.append(v)
        except ValueError:
            out.append("odd")
            continue
        out.append("after")
    return out


async def returns_in_try(x):
    try:
        if x:
            return await val("early")
        await val(1, True)
    except ValueError:
        return "handled"


async def cancelled_worker(log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append("cancelled")
        raise
    finally:
        log.append("finally")


async def nested():
    try:
        try:
            await val("inner", True)
        except KeyError:
            print("not here")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer caught", e)


async def same_step(x):
    # The exception is raised in the step that entered the region.
    try:
        int(x)
        await asyncio.sleep(0)
    except ValueError as e:
        print("same step", e)
    finally:
        print("same step finally")


async def unmatched():
    try:
        await val("x", True)
    except KeyError:
        print("no")


async def main():
    print(await basic(False))
    print(await basic(True))
    await only_finally(False)
    try:
        await only_finally(True)
    except ValueError as e:
        print("propagated", e)
    print(await loop_with_try())
    print(await returns_in_try(True), await returns_in_try(False))
    log = []
    t = asyncio.create_task(cancelled_worker(log))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled", log)
    await nested()
    await same_step("x")
    await same_step("1")
    try:
        await unmatched()
    except ValueError as e:
        print("unmatched propagated", e)
    try:
        pass
    except ValueError:
        # An await in an except clause keeps main in the goroutine form.
        await asyncio.sleep(0)
    await chained2()


async def chained2():
    try:
        await val("first", True)
    except ValueError:
        raise RuntimeError("second")


asyncio.run(main())
