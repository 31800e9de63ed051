"""An async iterator class over a paginated API (__aiter__/__anext__), an
async-iterable collection returning fresh iterators, and early exits."""
import asyncio


class FakeAPI:
    def __init__(self, total, page_size):
        self.items = [f"item{i:02d}" for i in range(total)]
        self.page_size = page_size
        self.calls = 0

    async def page(self, n):
        self.calls += 1
        await asyncio.sleep(0.01)
        if n == 3 and len(self.items) > 20:
            raise ConnectionError(f"page {n} timed out")
        start = n * self.page_size
        return self.items[start:start + self.page_size]


class Pages:
    def __init__(self, api, limit=None):
        self.api = api
        self.limit = limit
        self.page_no = 0
        self.buffer = []
        self.seen = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.limit is not None and self.seen >= self.limit:
            raise StopAsyncIteration
        if not self.buffer:
            self.buffer = await self.api.page(self.page_no)
            self.page_no += 1
            if not self.buffer:
                raise StopAsyncIteration
        self.seen += 1
        return self.buffer.pop(0)


class Catalog:
    def __init__(self, api):
        self.api = api

    def __aiter__(self):
        return Pages(self.api)

    def __repr__(self):
        return f"Catalog({len(self.api.items)} items)"


async def main():
    api = FakeAPI(7, 3)
    async for item in Pages(api):
        print(item, end=" ")
    print("| calls:", api.calls)

    first = [x async for x in Pages(FakeAPI(10, 4), limit=5)]
    print(first)

    catalog = Catalog(FakeAPI(5, 2))
    a = [x async for x in catalog]
    b = [x async for x in catalog if x.endswith(("1", "3"))]
    print(catalog, a, b)

    pages = Pages(FakeAPI(30, 5))
    got = []
    try:
        async for item in pages:
            got.append(item)
    except ConnectionError as e:
        print("stopped after", len(got), "items:", e)

    it = Pages(FakeAPI(2, 5))
    print(await it.__anext__(), await anext(it), await anext(it, "<end>"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("exhausted")
    try:
        async for _ in object():
            pass
    except TypeError as e:
        print("TypeError:", e)

    async def consume(name, source):
        n = 0
        async for _ in source:
            n += 1
            await asyncio.sleep(0)
        return f"{name}:{n}"

    print(await asyncio.gather(consume("x", Pages(FakeAPI(6, 4))), consume("y", Catalog(FakeAPI(3, 1)))))


asyncio.run(main())
