import asyncio


class AppError(Exception):
    code = 500

    def __init__(self, message, *, detail=None):
        super().__init__(message)
        self.detail = detail

    def __str__(self):
        base = super().__str__()
        return f"{base} ({self.detail})" if self.detail else base


class NotFound(AppError):
    code = 404


class Conflict(AppError):
    code = 409


class Legacy(Exception):
    def __init__(self, a, b):
        self.a = a


class RetryableMixin:
    retryable = True


class Unavailable(RetryableMixin, AppError):
    code = 503


class Handler:
    def __init__(self, name):
        self.name = name

    async def handle(self, kind):
        await asyncio.sleep(0.01)
        if kind == "missing":
            raise NotFound(f"{self.name}: no such item", detail="id=7")
        if kind == "dup":
            raise Conflict(f"{self.name}: duplicate")
        if kind == "down":
            raise Unavailable(f"{self.name}: backend down")
        if kind == "legacy":
            raise Legacy(1, 2)
        return f"{self.name}: ok"


async def main():
    h = Handler("api")
    for kind in ("ok", "missing", "dup", "down", "legacy"):
        try:
            print(await h.handle(kind))
        except (NotFound, Conflict) as e:
            print(type(e).__name__, e.code, e, repr(e), e.args)
        except AppError as e:
            print("app", e.code, e, getattr(e, "retryable", False), isinstance(e, RetryableMixin))
        except Exception as e:
            print("other", type(e).__name__, e.args, e.a, str(e))
    try:
        async with asyncio.TaskGroup() as tg:
            for kind in ("missing", "ok", "down", "dup"):
                tg.create_task(h.handle(kind))
    except* NotFound as eg:
        print("not found:", [str(e) for e in eg.exceptions])
    except* AppError as eg:
        print("app errors:", sorted(type(e).__name__ for e in eg.exceptions))
    print(Unavailable.__mro__[1].__name__, [c.__name__ for c in Unavailable.__mro__])
    try:
        try:
            await h.handle("dup")
        except Conflict as e:
            raise AppError("wrapped", detail=e.code) from e
    except AppError as e:
        print(e, "<-", repr(e.__cause__))
    await h.handle("missing")

asyncio.run(main())
