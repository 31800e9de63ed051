"""Handlers that extend each other's async methods through super(), a
diamond whose cooperative __init__ and setup follow the C3 MRO."""
import asyncio


class Component:
    def __init__(self, name, **kwargs):
        self.name = name
        self.log = []
        super().__init__(**kwargs)

    async def setup(self):
        self.log.append("component")
        await asyncio.sleep(0)

    async def handle(self, request):
        return {"handled_by": [self.name], "request": request}


class Logged(Component):
    def __init__(self, level="info", **kwargs):
        self.level = level
        super().__init__(**kwargs)

    async def setup(self):
        await super().setup()
        self.log.append(f"logged({self.level})")

    async def handle(self, request):
        print(f"  [{self.level}] {self.name} <- {request}")
        result = await super().handle(request)
        result["handled_by"].append("Logged")
        return result


class Cached(Component):
    def __init__(self, size=2, **kwargs):
        self.size = size
        self.cache = {}
        super().__init__(**kwargs)

    async def setup(self):
        await super().setup()
        self.log.append(f"cached({self.size})")

    async def handle(self, request):
        if request in self.cache:
            return {"cached": True, **self.cache[request]}
        result = await super().handle(request)
        result["handled_by"].append("Cached")
        if len(self.cache) < self.size:
            self.cache[request] = result
        return result


class Service(Logged, Cached):
    async def setup(self):
        self.log.append("service:start")
        await super().setup()
        self.log.append("service:end")

    async def handle(self, request):
        if not request:
            raise ValueError(f"{type(self).__name__} got an empty request")
        return await super().handle(request)


async def main():
    print([c.__name__ for c in Service.__mro__])
    svc = Service(name="api", level="debug", size=1)
    await svc.setup()
    print(svc.log)
    for req in ["users", "users", "orders", ""]:
        try:
            print(await svc.handle(req))
        except ValueError as e:
            print("error:", e)
    plain = Cached(name="c")
    await plain.setup()
    print(plain.log, await plain.handle("x"))
    print(isinstance(svc, Cached), issubclass(Service, (int, Logged)), Service.__bases__)
    results = await asyncio.gather(Service(name="a").handle("r1"), Logged(name="b").handle("r2"))
    print(results)


asyncio.run(main())
