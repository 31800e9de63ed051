# Results flowing through gather (with exceptions), tasks, callbacks and wait.
import asyncio


async def ok():
    return 1


async def bad():
    raise ValueError("x")


async def main():
    res = await asyncio.gather(ok(), bad(), return_exceptions=True)
    print(res)
    t = asyncio.create_task(ok())
    t.add_done_callback(lambda f: print(f.result()))
    await t
    done, pending = await asyncio.wait([asyncio.create_task(ok())])
    for d in done:
        print(d.result())
    fs = [asyncio.ensure_future(ok()), asyncio.create_task(bad())]
    for aw in asyncio.as_completed(fs):
        try:
            v = await aw
            print(v)
        except ValueError as e:
            print("caught", e)


asyncio.run(main())
