"""A request pipeline of callable objects: middleware classes with an
async __call__ wrapping the next handler, plus a sync callable counter."""
import asyncio


class Request:
    def __init__(self, path, user=None):
        self.path = path
        self.user = user
        self.headers = {}

    def __repr__(self):
        return f"Request({self.path!r}, user={self.user!r})"


class HTTPError(Exception):
    def __init__(self, status, reason):
        super().__init__(status, reason)
        self.status = status
        self.reason = reason

    def __str__(self):
        return f"{self.status} {self.reason}"


class Counter:
    def __init__(self):
        self.hits = {}

    def __call__(self, key):
        self.hits[key] = self.hits.get(key, 0) + 1
        return self.hits[key]


class Middleware:
    def __init__(self, app):
        self.app = app

    async def __call__(self, request):
        return await self.app(request)


class Auth(Middleware):
    async def __call__(self, request):
        if request.path.startswith("/admin") and request.user != "root":
            raise HTTPError(403, "Forbidden")
        request.headers["x-user"] = request.user or "anonymous"
        return await super().__call__(request)


class Timing(Middleware):
    def __init__(self, app, counter):
        super().__init__(app)
        self.counter = counter

    async def __call__(self, request):
        n = self.counter(request.path)
        result = await self.app(request)
        return f"{result} (hit #{n})"


class ErrorPage(Middleware):
    async def __call__(self, request):
        try:
            return await self.app(request)
        except HTTPError as e:
            return f"error page: {e}"
        except KeyError as e:
            return f"error page: 404 no route {e}"


class Router:
    def __init__(self):
        self.routes = {}

    def route(self, path):
        def register(handler):
            self.routes[path] = handler
            return handler
        return register

    async def __call__(self, request):
        handler = self.routes[request.path]
        await asyncio.sleep(0.01)
        return await handler(request)


router = Router()


@router.route("/")
async def index(request):
    return f"hello {request.headers['x-user']}"


@router.route("/admin/stats")
async def stats(request):
    return "stats: ok"


async def main():
    counter = Counter()
    app = ErrorPage(Timing(Auth(router), counter))
    print(callable(app), callable(counter), callable(Request("/")))
    requests = [Request("/"), Request("/", "ann"), Request("/admin/stats"),
                Request("/admin/stats", "root"), Request("/missing")]
    for r in requests:
        print(r, "->", await app(r))
    print(await asyncio.gather(*(app(Request("/", u)) for u in ("a", "b"))))
    print(counter.hits, counter("/"))
    try:
        await Auth(router)(Request("/admin"))
    except HTTPError as e:
        print("raw:", e, e.status, e.args)
    try:
        Request("/")()
    except TypeError as e:
        print("TypeError:", e)
    print(type(app).__call__ is Middleware.__call__, ErrorPage.__mro__[1].__name__)


asyncio.run(main())
