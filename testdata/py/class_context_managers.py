"""Context-manager classes: a sync timer and transaction that can swallow
errors, and an async connection whose __aexit__ sees the exception."""
import asyncio
import time


class Timer:
    def __init__(self, label):
        self.label = label
        self.elapsed = None

    def __enter__(self):
        self.start = time.monotonic()
        return self

    def __exit__(self, exc_type, exc, tb):
        self.elapsed = round(time.monotonic() - self.start, 3)
        status = "ok" if exc_type is None else exc_type.__name__
        print(f"timer {self.label}: {status}")
        return False


class Transaction:
    def __init__(self, store, swallow=()):
        self.store = store
        self.swallow = swallow
        self.pending = {}

    def __enter__(self):
        print("begin")
        return self.pending

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.store.update(self.pending)
            print("commit", sorted(self.pending))
            return None
        print(f"rollback ({exc_type.__name__}: {exc})")
        return issubclass(exc_type, self.swallow)


class Connection:
    opened = 0

    def __init__(self, dsn):
        self.dsn = dsn
        self.open = False

    async def __aenter__(self):
        await asyncio.sleep(0.01)
        Connection.opened += 1
        self.open = True
        print("connect", self.dsn)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.01)
        self.open = False
        print("close", self.dsn, "after", exc_type.__name__ if exc_type else "success")
        return exc_type is KeyError

    async def query(self, key):
        await asyncio.sleep(0.01)
        if not self.open:
            raise RuntimeError("connection closed")
        return {"a": 1, "b": 2}[key]


async def main():
    store = {}
    with Transaction(store) as tx:
        tx["x"] = 1
        tx["y"] = 2
    with Transaction(store, swallow=(KeyError,)) as tx:
        tx["z"] = 3
        raise KeyError("z")
    try:
        with Transaction(store, swallow=(KeyError,)) as tx:
            tx["w"] = 4
            raise ValueError("bad w")
    except ValueError as e:
        print("escaped:", e)
    print("store:", store)

    with Timer("sleep") as t:
        await asyncio.sleep(0.25)
    print("elapsed", t.elapsed)
    try:
        with Timer("div"):
            1 / 0
    except ZeroDivisionError as e:
        print("caught", e)

    async with Connection("db://one") as conn:
        print("a =", await conn.query("a"))
        print("c =", await conn.query("c"))
    print("after swallow, open:", conn.open)
    try:
        async with Connection("db://two") as conn:
            await conn.query("b")
            raise OSError("network down")
    except OSError as e:
        print("escaped:", e)
    try:
        await conn.query("a")
    except RuntimeError as e:
        print("RuntimeError:", e)

    async def use(dsn, key):
        async with Connection(dsn) as c:
            return await c.query(key)

    print(await asyncio.gather(use("db://p", "a"), use("db://q", "b")), Connection.opened)
    try:
        with Connection("db://x"):
            pass
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
