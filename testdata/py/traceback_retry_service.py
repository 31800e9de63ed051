import asyncio
import sys
import traceback


class Backend:
    def __init__(self, name, table):
        self.name = name
        self.table = table
        self.calls = 0

    @property
    def load(self):
        return self.calls / len(self.table)

    def lookup(self, key):
        self.calls += 1
        return self.table[key]

    async def fetch(self, key):
        await asyncio.sleep(0.05)
        value = self.lookup(key)
        return int(value) * 2


async def with_retry(backend, key, attempts):
    for attempt in range(1, attempts + 1):
        try:
            return await backend.fetch(key)
        except (KeyError, ValueError) as exc:
            print(f"attempt {attempt} for {key!r}: {type(exc).__name__}")
            if attempt == attempts:
                raise LookupError(f"{key!r} unavailable on {backend.name}") from exc
    return None


async def main():
    backend = Backend("primary", {"a": "1", "b": "two", "c": "3"})
    results = await asyncio.gather(with_retry(backend, "a", 2), with_retry(backend, "b", 2),
                                   with_retry(backend, "zz", 1), return_exceptions=True)
    for res in results:
        if isinstance(res, BaseException):
            traceback.print_exception(res, file=sys.stdout)
        else:
            print("value", res)
    print(f"load {backend.load:.2f}")
    empty = Backend("empty", {})
    try:
        print(empty.load)
    except ZeroDivisionError:
        print(traceback.format_exc(), end="")
    try:
        ratios = [len(k) / v for k, v in {"x": 1, "yy": 0}.items()]
    except ZeroDivisionError:
        traceback.print_exc(file=sys.stdout)
    print("done")


asyncio.run(main())
