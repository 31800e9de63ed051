"""Decorators with arguments applied to sync and async methods: retry
with a counter kept on the instance, timing through functools.wraps, and
a validating decorator stacked on top."""
import asyncio
import functools


def retry(times, exceptions=(Exception,)):
    def decorate(fn):
        @functools.wraps(fn)
        async def wrapper(self, *args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return await fn(self, *args, **kwargs)
                except exceptions as e:
                    self.failures.append(f"{fn.__name__}#{attempt}: {e}")
                    if attempt == times:
                        raise
                    await asyncio.sleep(0.01 * attempt)
        return wrapper
    return decorate


def logged(prefix):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            print(f"{prefix} {fn.__qualname__}{args[1:]}")
            return fn(*args, **kwargs)
        return wrapper
    return decorate


def positive(fn):
    @functools.wraps(fn)
    def wrapper(self, n):
        if n <= 0:
            raise ValueError(f"{fn.__name__} needs a positive number, got {n}")
        return fn(self, n)
    return wrapper


class Client:
    def __init__(self, flaky):
        self.flaky = dict(flaky)
        self.failures = []

    @retry(3, exceptions=(ConnectionError,))
    async def get(self, key):
        """Fetch a key, failing while the key is flaky."""
        await asyncio.sleep(0.01)
        if self.flaky.get(key, 0) > 0:
            self.flaky[key] -= 1
            raise ConnectionError(f"{key} unavailable")
        return key.upper()

    @logged(">>")
    @positive
    def batch(self, n):
        return [f"item{i}" for i in range(n)]

    @retry(2)
    async def broken(self):
        raise RuntimeError("always broken")


async def main():
    c = Client({"a": 1, "b": 5})
    print(await c.get("a"), await c.get("z"))
    try:
        await c.get("b")
    except ConnectionError as e:
        print("gave up:", e)
    print(c.failures)
    print(c.batch(2))
    try:
        c.batch(0)
    except ValueError as e:
        print("ValueError:", e)
    results = await asyncio.gather(Client({"x": 2}).get("x"), c.broken(), return_exceptions=True)
    print(results)
    print(Client.get.__name__, Client.get.__doc__, Client.get.__wrapped__.__qualname__)
    print(Client.batch.__name__, Client.batch.__wrapped__.__wrapped__.__name__)
    print(asyncio.iscoroutinefunction(Client.get), asyncio.iscoroutinefunction(Client.batch))


asyncio.run(main())
