import asyncio


class Point:
    __slots__ = ("x", "y")

    def __new__(cls, *args):  # ERROR
        return super().__new__(cls)

    def __getattribute__(self, name):  # ERROR
        return 1


class Meta(type):  # ERROR
    pass


class Field:
    def __get__(self, obj, owner):  # ERROR
        return 42


async def main():
    print(Point(), Field())

asyncio.run(main())
