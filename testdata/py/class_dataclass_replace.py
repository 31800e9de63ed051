import asyncio
from dataclasses import dataclass, replace, field


@dataclass(frozen=True)
class Config:
    host: str
    port: int = 80
    tags: tuple = ()
    hits: int = field(default=0, init=False)


async def main():
    c = Config("a")
    d = replace(c, port=8080)
    print(c, d, c == d, replace(d))
    try:
        replace(c, hits=3)
    except ValueError as e:
        print(e)
    try:
        replace(c, nope=1)
    except TypeError as e:
        print(e)

asyncio.run(main())
