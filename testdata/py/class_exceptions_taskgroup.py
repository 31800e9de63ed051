import asyncio


class ServiceError(Exception):
    """Base error of the service layer."""

    def __init__(self, service, reason):
        super().__init__(f"{service}: {reason}")
        self.service = service
        self.reason = reason


class Timeout(ServiceError):
    def __str__(self):
        return f"timeout in {self.service} ({self.reason})"


class Retryable(ServiceError):
    retries = 3


class Client:
    def __init__(self, name, fail_with=None, delay=0.1):
        self.name = name
        self.fail_with = fail_with
        self.delay = delay
        self.calls = 0

    async def fetch(self, key):
        self.calls += 1
        await asyncio.sleep(self.delay)
        if self.fail_with is not None:
            raise self.fail_with(self.name, f"key={key}")
        return f"{self.name}:{key}"


async def main():
    clients = [Client("a"), Client("b", Timeout, 0.2), Client("c", Retryable, 0.3), Client("d")]
    try:
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(c.fetch(i)) for i, c in enumerate(clients)]
    except* Timeout as eg:
        for e in eg.exceptions:
            print("timeout:", e, "|", e.service, e.reason, e.args)
    except* ServiceError as eg:
        for e in eg.exceptions:
            print("service:", type(e).__name__, e, e.retries, isinstance(e, ServiceError))
    print([c.calls for c in clients])
    results = await asyncio.gather(*(c.fetch("x") for c in clients), return_exceptions=True)
    for r in results:
        print(repr(r))
    e = Retryable("svc", "boom")
    print(e.args, str(e), ServiceError.__doc__, Retryable.__mro__[1:3])
    try:
        raise Timeout("db", "slow") from e
    except ServiceError as err:
        print(type(err.__cause__).__name__, err.__cause__)
    try:
        ServiceError("only-one")
    except TypeError as err:
        print(err)
    await clients[1].fetch("final")

asyncio.run(main())
