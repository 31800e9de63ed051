import asyncio


class FeedError(Exception):
    pass


async def feed(name, items, delay):
    for it in items:
        await asyncio.sleep(delay)
        if it is None:
            raise FeedError(f"{name}: bad item")
        yield it


async def paged(pages):
    page = 0
    while page < pages:
        await asyncio.sleep(0.1)
        cmd = yield [page * 10 + i for i in range(3)]
        if cmd == "skip":
            page += 2
        else:
            page += 1


async def watcher():
    try:
        async for v in feed("slow", range(100), 0.5):
            print("watcher saw", v)
    except asyncio.CancelledError:
        print("watcher cancelled")
        raise
    finally:
        print("watcher finally")


async def main():
    t = asyncio.create_task(watcher())
    await asyncio.sleep(1.2)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main: watcher is", "cancelled" if t.cancelled() else "done")

    try:
        async for v in feed("f", [1, 2, None, 4], 0.1):
            print("feed", v)
    except FeedError as e:
        print("caught", e)

    p = paged(6)
    print(await p.__anext__())
    print(await p.asend("skip"))
    print(await p.asend(None))
    try:
        await p.athrow(ValueError("stop paging"))
    except ValueError as e:
        print("athrow raised", e)
    print(await p.aclose())
    try:
        await p.__anext__()
    except StopAsyncIteration:
        print("closed generator stops")

    shared = feed("shared", range(5), 0.2)
    async def reader(tag):
        try:
            async for v in shared:
                print(tag, v)
        except RuntimeError as e:
            print(tag, "error:", e)
    await asyncio.gather(reader("r1"), reader("r2"))

    try:
        async for x in 5:
            pass
    except TypeError as e:
        print("caught", e)


asyncio.run(main())
