import asyncio
import shutil  # ERROR "module 'shutil' is not supported"
import asyncio.subprocess  # ERROR "module 'asyncio.subprocess' is not supported"
from asyncio import sleep, nope  # ERROR "'asyncio.nope' is not supported"
from socket import socket  # ERROR "module 'socket' is not supported"
from time import *  # ERROR "'from time import \*' is not supported"
from . import sibling  # ERROR "relative imports are not supported"


class Plain:
    pass


class WithMethod(Exception):
    def m(self):
        pass


class Meta(Exception, metaclass=type):  # ERROR "metaclasses are not supported"
    pass


class NotAnException(set):  # ERROR "subclassing the builtin type 'set' is not supported"
    pass


class Fine(Exception):
    """A user exception."""


class AlsoFine(Fine):
    pass


@staticmethod
def decorated():
    pass


def gen():
    yield 1


def yields_in_lambda():
    return lambda: (yield 1)  # ERROR "'yield' inside a lambda is not supported"


async def agen():
    yield 1


async def ayf():
    yield from gen()  # ERROR "'yield from' inside async function"


def uses_with():
    with open("f") as fh:  # ERROR "'open' is not supported"
        pass


async def uses_async_for(q):
    async for x in q:
        print(x)


def dynamic(src):
    exec(src)  # ERROR "'exec' is not supported"
    print(eval(src))  # ERROR "'eval' is not supported"
    return globals()  # ERROR "'globals' is not supported"


def reads():
    return input()  # ERROR "'input' is not supported"


asyncio.subprocess.PIPE  # ERROR "'asyncio.subprocess' is not supported"
print(shutil.which("ls"))



class Retryable(Fine):
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):  # ERROR "defining __eq__ on an exception class is not supported"
        return self.n == other.n

    __hash__ = None  # ERROR "defining __hash__ on an exception class is not supported"

    def __str__(self):
        return str(self.n)


class NotAnError(Plain):
    def __eq__(self, other):
        return True
