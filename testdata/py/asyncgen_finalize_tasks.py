# An async generator the loop drops before its end is finalized by the event loop:
# CPython's asyncgen finalizer hook creates a task for aclose(), which takes a Task-N name.
import asyncio


async def pages(source, size):
    for start in range(0, len(source), size):
        await asyncio.sleep(0.01)
        yield source[start:start + size]


async def first_big_page(source):
    async for page in pages(source, 2):
        if sum(page) > 5:
            return page
    return None


async def broken_pages():
    yield [1]
    raise ValueError("page 2 is corrupt")


async def main():
    data = [1, 2, 3, 4, 5, 6]
    async for page in pages(data, 3):
        print("whole page", page)
    print("after exhausting:", asyncio.create_task(asyncio.sleep(0)).get_name())

    async for page in pages(data, 2):
        print("first page only", page)
        break
    t = asyncio.create_task(asyncio.sleep(0))
    print("after break:", t.get_name())
    await asyncio.sleep(0)
    print("next task:", asyncio.create_task(asyncio.sleep(0)).get_name())
    await asyncio.sleep(0.05)

    print("big page:", await first_big_page(data))
    print("after return:", asyncio.create_task(asyncio.sleep(0)).get_name())
    await asyncio.sleep(0)
    print("then:", asyncio.create_task(asyncio.sleep(0)).get_name())

    try:
        async for page in broken_pages():
            print("got", page)
    except ValueError as e:
        print("caught:", e)
    print("after error:", asyncio.create_task(asyncio.sleep(0)).get_name())
    await asyncio.sleep(0)
    print("then:", asyncio.create_task(asyncio.sleep(0)).get_name())
    print("tasks left:", len(asyncio.all_tasks()))


asyncio.run(main())
