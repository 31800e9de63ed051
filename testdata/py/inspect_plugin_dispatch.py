# A plugin registry that dispatches each handler the right way: coroutine functions are awaited,
# async generators are drained, plain generators are listed, and blocking functions go to a
# worker thread. inspect's predicates decide, on functions, bound methods and partials alike.
import asyncio
import functools
import inspect


class Plugins:
    def __init__(self):
        self.handlers = {}

    def register(self, name):
        def wrap(fn):
            self.handlers[name] = fn
            return fn
        return wrap

    def kind(self, fn):
        if inspect.iscoroutinefunction(fn):
            return "coroutine function"
        if inspect.isasyncgenfunction(fn):
            return "async generator function"
        if inspect.isgeneratorfunction(fn):
            return "generator function"
        if inspect.isfunction(fn):
            return "function"
        return "other callable"

    async def run(self, name, *args):
        fn = self.handlers[name]
        if inspect.iscoroutinefunction(fn):
            return await fn(*args)
        if inspect.isasyncgenfunction(fn):
            out = []
            async for item in fn(*args):
                out.append(item)
            return out
        if inspect.isgeneratorfunction(fn):
            return list(fn(*args))
        return await asyncio.to_thread(fn, *args)


plugins = Plugins()


@plugins.register("fetch")
async def fetch(url):
    await asyncio.sleep(0.2)
    return f"<html from {url}>"


@plugins.register("pages")
async def pages(n):
    for i in range(n):
        await asyncio.sleep(0.1)
        yield f"page {i}"


@plugins.register("split")
def split(text):
    yield from text.split()


@plugins.register("checksum")
def checksum(text):
    return sum(map(ord, text)) % 97


class Cache:
    async def get(self, key):
        return f"cached {key}"

    def size(self):
        return 3


async def main():
    for name, fn in plugins.handlers.items():
        print(f"{name:>8}: {plugins.kind(fn)}")
    print(await plugins.run("fetch", "example.org"))
    print(await plugins.run("pages", 3))
    print(await plugins.run("split", "a b c"))
    print(await plugins.run("checksum", "hello"))
    cache = Cache()
    plugins.register("cache")(cache.get)
    plugins.register("partial")(functools.partial(fetch, "partial.org"))
    plugins.register("size")(cache.size)
    for name in ("cache", "partial", "size"):
        print(name, plugins.kind(plugins.handlers[name]), asyncio.iscoroutinefunction(plugins.handlers[name]))
    print(await plugins.run("cache", "k1"), await plugins.run("partial"), await plugins.run("size"))
    coro = fetch("x")
    task = asyncio.ensure_future(fetch("y"))
    print(inspect.iscoroutine(coro), inspect.isawaitable(coro), inspect.isawaitable(task),
          inspect.iscoroutine(task), inspect.isawaitable("text"), inspect.isfunction(print))
    print(await coro, await task, "at", asyncio.get_running_loop().time())


asyncio.run(main())
