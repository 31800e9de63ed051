"""Paging through a fake HTTP API with an async generator, anext() and aiter()."""
import asyncio

PAGES = [["ada", "bob"], ["cy"], ["dee", "eve", "fay"]]


async def fetch_page(n):
    await asyncio.sleep(0.1 * (n + 1))
    if n >= len(PAGES):
        return None
    return {"page": n, "users": PAGES[n], "more": n + 1 < len(PAGES)}


async def users(start=0):
    n = start
    while True:
        page = await fetch_page(n)
        if page is None:
            return
        for u in page["users"]:
            yield n, u
        if not page["more"]:
            print("  (last page)")
            return
        n += 1


async def first_user(start):
    return await anext(users(start), ["-", "nobody"])


async def main():
    stream = aiter(users())
    print("same object:", stream is aiter(stream))
    print("first:", await anext(stream))
    print("second:", await anext(stream))
    rest = []
    async for page, name in stream:
        rest.append(f"{name}@{page}")
    print("rest:", rest)
    print("exhausted:", await anext(stream, "done"))
    try:
        await anext(stream)
    except StopAsyncIteration:
        print("StopAsyncIteration once exhausted")
    print(await asyncio.gather(first_user(0), first_user(2), first_user(5)))
    try:
        # CPython 3.11 mishandles a tuple default (fixed in 3.12).
        print(await anext(users(9), ("-", "nobody")))
    except SystemError as e:
        print("SystemError:", e, "| cause:", repr(e.__cause__))
    for bad in (42, [1, 2]):
        try:
            aiter(bad)
        except TypeError as e:
            print("aiter:", e)
        try:
            anext(bad)
        except TypeError as e:
            print("anext:", e)


asyncio.run(main())
