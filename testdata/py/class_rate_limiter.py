import asyncio


class RateLimitExceeded(Exception):
    def __init__(self, client, limit):
        super().__init__(client, limit)
        self.client = client
        self.limit = limit

    def __str__(self):
        return f"{self.client} exceeded {self.limit} requests"


class RateLimiter:
    default_limit = 3

    def __init__(self, limit=None, period=1.0):
        self.limit = limit if limit is not None else self.default_limit
        self.period = period
        self._counts = {}
        self._lock = asyncio.Lock()

    @classmethod
    def strict(cls):
        return cls(limit=1)

    @property
    def clients(self):
        return sorted(self._counts)

    async def acquire(self, client):
        async with self._lock:
            n = self._counts.get(client, 0)
            if n >= self.limit:
                raise RateLimitExceeded(client, self.limit)
            self._counts[client] = n + 1
            await asyncio.sleep(0.01)

    def reset(self):
        print("reset", dict(self._counts))
        self._counts.clear()

    def __repr__(self):
        return f"<RateLimiter limit={self.limit} period={self.period}>"


class Client:
    def __init__(self, name, limiter):
        self.name = name
        self.limiter = limiter
        self.ok = 0
        self.rejected = 0

    async def request(self, i):
        try:
            await self.limiter.acquire(self.name)
        except RateLimitExceeded as e:
            self.rejected += 1
            return f"{i}: {e}"
        self.ok += 1
        return f"{i}: ok"


async def main():
    limiter = RateLimiter()
    print(limiter, RateLimiter.strict())
    loop = asyncio.get_running_loop()
    loop.call_later(0.05, limiter.reset)
    clients = [Client(n, limiter) for n in ("alice", "bob")]
    for round_ in range(2):
        results = await asyncio.gather(*(c.request(i) for c in clients for i in range(4)))
        print(round_, results)
        await asyncio.sleep(0.1)
    print([(c.name, c.ok, c.rejected) for c in clients], limiter.clients)
    try:
        limiter.clients = []
    except AttributeError as e:
        print(e)
    strict = RateLimiter.strict()
    await strict.acquire("x")
    await strict.acquire("x")

asyncio.run(main())
