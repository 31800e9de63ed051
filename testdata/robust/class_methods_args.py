import asyncio


class Api:
    retries = 2

    def call(self, path, /, *args, timeout=1.0, **headers):
        return f"{path} {args} {timeout} {sorted(headers.items())}"

    @classmethod
    def create(cls, *names):
        return [cls() for _ in names]

    @staticmethod
    def join(*parts, sep="/"):
        return sep.join(parts)

    handler = lambda self, x: x * self.retries

    async def fetch(self, *paths, **opts):
        out = []
        for p in paths:
            await asyncio.sleep(0)
            out.append(self.call(p, **opts))
        return out


async def main():
    a = Api()
    print(a.call("/x", 1, 2, timeout=3, b=1, a=2))
    print(len(Api.create("a", "b")), Api.join("a", "b"), a.join("x", sep="-"), a.handler(4))
    print(await a.fetch("/a", "/b", timeout=5))
    try:
        a.call(path="/x")
    except TypeError as e:
        print(e)
    try:
        a.call()
    except TypeError as e:
        print(e)
    try:
        Api.call("/x")
    except TypeError as e:
        print(e)
    m = a.call
    print(m("/m"), m.__name__, m.__qualname__, m.__self__ is a)

asyncio.run(main())
