"""A connection pool whose leases are generator-based context managers."""
import asyncio
from contextlib import asynccontextmanager, contextmanager, suppress


class PoolExhausted(Exception):
    pass


class Pool:
    def __init__(self, size):
        self.free = list(range(size))
        self.log = []

    @contextmanager
    def lease(self, who):
        if not self.free:
            raise PoolExhausted(f"no connection for {who}")
        conn = self.free.pop(0)
        self.log.append(("lease", who, conn))
        try:
            yield conn
        except ValueError as exc:
            self.log.append(("bad-data", who, str(exc)))
        finally:
            self.free.append(conn)
            self.log.append(("release", who, conn))


@asynccontextmanager
async def session(pool, who):
    print(f"[{who}] opening session")
    await asyncio.sleep(0.01)
    lease = pool.lease(who)
    conn = lease.__enter__()
    try:
        yield conn
    except BaseException as exc:
        if not lease.__exit__(type(exc), exc, None):
            raise
    else:
        lease.__exit__(None, None, None)
    finally:
        print(f"[{who}] session closed")
    await asyncio.sleep(0.01)
    print(f"[{who}] session done")


@contextmanager
def broken(kind):
    if kind == "none":
        return
        yield
    yield kind
    if kind == "twice":
        yield kind


async def worker(pool, who, delay, fail=None):
    async with session(pool, who) as conn:
        print(f"[{who}] got conn {conn}")
        await asyncio.sleep(delay)
        if fail == "value":
            raise ValueError(f"{who} sent garbage")
        if fail == "key":
            raise KeyError(who)
    return who


async def main():
    pool = Pool(2)
    results = await asyncio.gather(
        worker(pool, "alice", 0.3),
        worker(pool, "bob", 0.1, fail="value"),
        worker(pool, "carol", 0.2, fail="key"),
        return_exceptions=True,
    )
    for r in results:
        print("result:", repr(r))
    for entry in pool.log:
        print(*entry)
    print("free:", sorted(pool.free))

    for kind in ("none", "twice"):
        try:
            with broken(kind) as k:
                print("inside", k)
        except RuntimeError as exc:
            print(f"{kind}: RuntimeError: {exc}")

    with suppress(PoolExhausted):
        empty = Pool(0)
        with empty.lease("dave"):
            print("unreachable")
    print("dave was turned away quietly")

    try:
        with pool.lease("erin") as c:
            raise StopIteration("odd")
    except RuntimeError as exc:
        print("RuntimeError:", exc, "| cause:", repr(exc.__cause__))
    except StopIteration as exc:
        print("StopIteration came through:", exc)
    print("free at end:", sorted(pool.free))


asyncio.run(main())
