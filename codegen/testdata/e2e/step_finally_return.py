# return inside try/finally (and async with) in step coroutines: the value is
# computed, the finally clause runs, then the coroutine returns; an exception
# from a finally clause or __aexit__ replaces the return, and a caught one
# does not leave the return pending.
import asyncio


async def val(x):
    await asyncio.sleep(0)
    return x


async def early(flag):
    try:
        if flag:
            return await val("early")
        await val(0)
    finally:
        print("finally", flag)
    return "late"


async def nested(lock):
    async with lock:
        try:
            try:
                return await val(("nested", lock.locked()))
            finally:
                print("inner finally")
        finally:
            print("outer finally", lock.locked())


async def replaced():
    try:
        try:
            return await val("lost")
        finally:
            raise KeyError("from finally")
    except KeyError as e:
        print("caught", repr(e))
    await val(0)
    async with asyncio.Lock():
        await val(1)
    return "after"


async def main():
    print(await early(True))
    print(await early(False))
    lock = asyncio.Lock()
    print(await nested(lock), lock.locked())
    print(await replaced())


asyncio.run(main())
