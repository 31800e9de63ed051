import asyncio
import shutil  # ERROR


class Point(metaclass=type):  # ERROR
    def norm(self):
        return eval("0")  # ERROR (the class body is reported too)


def gen():
    yield 1


async def main():
    exec("x = 1")  # ERROR
    match 1:
        case 1 + 2j:  # ERROR
            pass
    async for x in gen():
        print(x)


asyncio.run(main())
