# asyncio-semantics.md: example `taskgroup.py` (after rule W6), verbatim.
import asyncio
async def child(name, d, exc=None):
    try:
        await asyncio.sleep(d)
        if exc: raise exc(name)
        print(name, "ok")
    except asyncio.CancelledError: print(name, "cancelled"); raise
async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("a", 0)); tg.create_task(child("b", .01, ValueError))
            tg.create_task(child("c", .01, KeyError)); tg.create_task(child("d", 1))
            print("body done")
    except* ValueError as eg: print("VE:", repr(eg))
    except* KeyError as eg: print("KE:", eg)
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child("e", .01, TypeError))
asyncio.run(main())
