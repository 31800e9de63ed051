import asyncio


class Base:
    registry = []

    def __init__(self, name):
        self.name = name
        Base.registry.append(name)

    def describe(self):
        return f"Base({self.name})"

    async def start(self):
        await asyncio.sleep(0.01)
        return [self.describe()]


class Logged(Base):
    def describe(self):
        return "Logged<" + super().describe() + ">"

    async def start(self):
        out = await super().start()
        out.append("logged")
        return out


class Timed(Base):
    def describe(self):
        return "Timed<" + super().describe() + ">"

    async def start(self):
        out = await super().start()
        out.append("timed")
        return out


class Service(Logged, Timed):
    kind = "svc"

    def __init__(self, name, port=8080):
        super().__init__(name)
        self.port = port

    @classmethod
    def from_url(cls, url):
        name, _, port = url.partition(":")
        return cls(name, int(port))

    @staticmethod
    def valid_port(port):
        return 0 < port < 65536

    def describe(self):
        return f"Service[{self.port}]/" + super().describe()


class Mixin:
    def hello(self):
        return f"hello from {type(self).__name__}"


class Api(Mixin, Service):
    kind = "api"


async def main():
    s = Service.from_url("db:5432")
    print(s.describe())
    print(await s.start())
    print([c.__name__ for c in Service.__mro__])
    print([c.__name__ for c in Api.__mro__], Api.__bases__)
    a = Api("edge")
    print(a.hello(), a.kind, Service.kind, a.port, Api.valid_port(70000), a.valid_port(80))
    print(isinstance(a, (Timed, int)), isinstance(s, Mixin), issubclass(Api, Base), issubclass(bool, int))
    print(isinstance(3, object), isinstance(a, object), issubclass(Api, object), type(a) is Api, type(a) == Service)
    print(Base.registry)
    print(Service.describe(a), Base.describe(a))
    t = asyncio.create_task(a.start(), name="api-start")
    print(t.get_name(), await t)
    try:
        a.missing
    except AttributeError as e:
        print(e)
    try:
        Api.nothing
    except AttributeError as e:
        print(e)
    try:
        Service()
    except TypeError as e:
        print(e)
    try:
        Service("x", 1, 2)
    except TypeError as e:
        print(e)
    try:
        s.describe(1)
    except TypeError as e:
        print(e)
    try:
        Service.from_url("x:y")
    except ValueError as e:
        print(e)
    a.kind = "instance"
    print(a.kind, Api.kind, vars(a))
    Api.kind = "changed"
    print(Api("z").kind, Service.kind)

asyncio.run(main())
