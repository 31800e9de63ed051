"""Service exception classes with their own __init__, attributes and __str__,
raised from methods of tasks and sorted out with except* from a
TaskGroup, with a retry policy that reads the exception's fields."""
import asyncio


class ServiceError(Exception):
    retryable = False

    def __init__(self, service, detail):
        super().__init__(service, detail)
        self.service = service
        self.detail = detail

    def __str__(self):
        return f"[{self.service}] {self.detail}"


class Timeout(ServiceError):
    retryable = True

    def __init__(self, service, seconds):
        super().__init__(service, f"timed out after {seconds}s")
        self.seconds = seconds


class BadResponse(ServiceError):
    def __init__(self, service, status):
        super().__init__(service, f"status {status}")
        self.status = status

    def __repr__(self):
        return f"BadResponse({self.service!r}, {self.status})"


class Backend:
    def __init__(self, name, script):
        self.name = name
        self.script = list(script)

    async def call(self):
        await asyncio.sleep(0.01)
        step = self.script.pop(0) if self.script else "ok"
        if step == "slow":
            raise Timeout(self.name, 0.5)
        if isinstance(step, int):
            raise BadResponse(self.name, step)
        return f"{self.name}: {step}"

    async def call_with_retry(self, attempts=3):
        for i in range(attempts):
            try:
                return await self.call()
            except ServiceError as e:
                if not e.retryable or i == attempts - 1:
                    raise
                print(f"  retry {self.name} after {e!s}")


async def main():
    backends = [Backend("auth", ["slow", "ok"]), Backend("db", [500]),
                Backend("cache", ["slow", "slow", "slow"]), Backend("search", ["ok"])]
    try:
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(b.call_with_retry()) for b in backends]
    except* Timeout as group:
        for e in group.exceptions:
            print("timeout:", e, e.seconds, e.retryable)
    except* BadResponse as group:
        print("bad:", group.exceptions, [e.status for e in group.exceptions])
    print([t.result() for t in tasks if not t.cancelled() and t.exception() is None])

    results = await asyncio.gather(*(Backend(n, s).call() for n, s in
                                     [("x", [404]), ("y", []), ("z", ["slow"])]),
                                   return_exceptions=True)
    for r in results:
        print(type(r).__name__, r, getattr(r, "args", None))
    e = BadResponse("api", 418)
    print(repr(e), str(e), e.args, isinstance(e, ServiceError), Timeout.__mro__[2].__name__)
    try:
        raise Timeout("boot", 2) from e
    except ServiceError as err:
        print(err, "| cause:", repr(err.__cause__))
    await Backend("final", [503]).call()


asyncio.run(main())
