"""A proxy that forwards unknown attributes to an async client through
__getattr__, records calls, and keeps CPython's AttributeError messages."""
import asyncio


class Client:
    def __init__(self, name):
        self.name = name
        self.timeout = 3

    async def fetch(self, path):
        await asyncio.sleep(0.01)
        return f"{self.name}:{path}"

    async def post(self, path, body):
        await asyncio.sleep(0.02)
        return {"path": path, "len": len(body)}

    def close(self):
        return f"{self.name} closed"


class Recording:
    def __init__(self, target):
        self._target = target
        self.calls = []

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(f"{type(self).__name__!r} hides private attribute {name!r}")
        attr = getattr(self._target, name)
        if not callable(attr):
            return attr
        if asyncio.iscoroutinefunction(attr):
            async def wrapper(*args):
                self.calls.append((name, args))
                return await attr(*args)
        else:
            def wrapper(*args):
                self.calls.append((name, args))
                return attr(*args)
        return wrapper


class Defaults:
    def __init__(self, **values):
        self.values = values

    def __getattr__(self, name):
        try:
            return self.values[name]
        except KeyError:
            raise AttributeError(name) from None


async def main():
    proxy = Recording(Client("api"))
    print(await proxy.fetch("/users"))
    results = await asyncio.gather(proxy.fetch("/a"), proxy.post("/b", "hello"))
    print(results)
    print(proxy.close(), proxy.timeout, proxy.name)
    print(proxy.calls)
    print(hasattr(proxy, "fetch"), hasattr(proxy, "missing"), hasattr(proxy, "_secret"))
    for attr in ("missing", "_secret"):
        try:
            getattr(proxy, attr)
        except AttributeError as e:
            print("AttributeError:", e)
    print(getattr(proxy, "missing", "fallback"))
    proxy.timeout = 10
    print(proxy.timeout, proxy._target.timeout, "timeout" in vars(proxy))

    d = Defaults(retries=3, verbose=False)
    print(d.retries, d.verbose, getattr(d, "color", "auto"))
    try:
        d.color
    except AttributeError as e:
        print("AttributeError:", repr(e))
    try:
        Client("x").nonexistent
    except AttributeError as e:
        print("AttributeError:", e)


asyncio.run(main())
