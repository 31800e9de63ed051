"""Frozen dataclasses as immutable settings and dict keys: assignment
raises FrozenInstanceError, replace() derives variants, __post_init__
validates, and inheritance adds fields."""
import asyncio
import dataclasses
from dataclasses import dataclass, field, replace, asdict, FrozenInstanceError


@dataclass(frozen=True)
class Endpoint:
    host: str
    port: int = 443
    tls: bool = True

    def __post_init__(self):
        if not 0 < self.port < 65536:
            raise ValueError(f"bad port {self.port}")

    @property
    def url(self):
        return f"{'https' if self.tls else 'http'}://{self.host}:{self.port}"


@dataclass(frozen=True)
class Route(Endpoint):
    path: str = "/"
    methods: tuple = ("GET",)


@dataclass
class Stats:
    hits: dict = field(default_factory=dict)

    def hit(self, key):
        self.hits[key] = self.hits.get(key, 0) + 1


async def probe(endpoint, stats):
    await asyncio.sleep(0.01 if endpoint.tls else 0.02)
    stats.hit(endpoint)
    return endpoint.url


async def main():
    api = Endpoint("api.local")
    dev = replace(api, port=8080, tls=False)
    print(api, dev, api.url, dev.url)
    try:
        api.port = 80
    except FrozenInstanceError as e:
        print("FrozenInstanceError:", e)
    try:
        del api.host
    except dataclasses.FrozenInstanceError as e:
        print("FrozenInstanceError:", e)
    try:
        replace(api, port=0)
    except ValueError as e:
        print("ValueError:", e)
    stats = Stats()
    urls = await asyncio.gather(*(probe(e, stats) for e in [api, dev, Endpoint("api.local"), dev]))
    print(urls)
    print(stats.hits)
    print(hash(api) == hash(Endpoint("api.local")), api == Endpoint("api.local"), api is Endpoint("api.local"))
    r = Route("svc", path="/users", methods=("GET", "POST"))
    print(r, r.url, isinstance(r, Endpoint), asdict(r))
    print(dataclasses.is_dataclass(r), {r: "users"}[Route("svc", 443, True, "/users", ("GET", "POST"))])
    print(replace(r, path="/orders") == r, sorted({api, dev, api}, key=lambda e: e.port))


asyncio.run(main())
