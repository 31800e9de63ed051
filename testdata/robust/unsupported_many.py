import asyncio
import os  # ERROR


class Point:  # ERROR
    def norm(self):  # ERROR (the class body is reported too)
        return 0


def gen():
    yield 1


async def main():
    exec("x = 1")  # ERROR
    match 1:  # ERROR
        case 1:
            pass
    async for x in gen():  # ERROR
        print(x)


asyncio.run(main())
