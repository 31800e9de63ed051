import asyncio
from dataclasses import dataclass, field
from enum import Enum


class ConnState(Enum):
    IDLE = "idle"
    BUSY = "busy"
    CLOSED = "closed"


@dataclass
class PoolStats:
    acquired: int = 0
    released: int = 0
    waits: list = field(default_factory=list, repr=False)


class PoolClosed(RuntimeError):
    pass


class Connection:
    _next_id = 1

    def __init__(self, pool):
        self.id = Connection._next_id
        Connection._next_id += 1
        self.pool = pool
        self.state = ConnState.IDLE

    async def __aenter__(self):
        await self.pool._sem.acquire()
        if self.pool.closed:
            self.pool._sem.release()
            raise PoolClosed(f"pool closed before conn {self.id}")
        self.state = ConnState.BUSY
        self.pool.stats.acquired += 1
        return self

    async def __aexit__(self, exc_type, exc, tb):
        self.state = ConnState.IDLE
        self.pool.stats.released += 1
        self.pool._sem.release()
        if exc_type is ValueError:
            print(f"  conn {self.id} swallowed {exc!r}")
            return True
        return False

    async def query(self, sql):
        await asyncio.sleep(0.1)
        if "bad" in sql:
            raise ValueError(f"syntax error in {sql!r}")
        return f"{sql} -> conn{self.id}"

    def __repr__(self):
        return f"<Connection {self.id} {self.state.value}>"


class Pool:
    def __init__(self, size):
        self._sem = asyncio.Semaphore(size)
        self.conns = [Connection(self) for _ in range(size)]
        self.stats = PoolStats()
        self.closed = False
        self._rr = 0

    def connection(self):
        conn = self.conns[self._rr % len(self.conns)]
        self._rr += 1
        return conn


async def client(pool, sql):
    async with pool.connection() as conn:
        return await conn.query(sql)


async def main():
    pool = Pool(2)
    print(pool.conns, pool.stats)
    results = await asyncio.gather(client(pool, "select 1"), client(pool, "select 2"),
                                   client(pool, "bad sql"), client(pool, "select 3"))
    print(results)
    print(pool.stats, pool.conns, ConnState("busy"), [s.name for s in ConnState])
    pool.closed = True
    try:
        await client(pool, "select 4")
    except PoolClosed as e:
        print(type(e).__name__, e, isinstance(e, RuntimeError))
    try:
        async with pool.connection() as c:
            raise KeyError("k")
    except KeyError as e:
        print("propagated", e)

asyncio.run(main())
