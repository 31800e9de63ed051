import asyncio
from dataclasses import dataclass
from enum import IntEnum, StrEnum
from typing import NamedTuple


class Level(IntEnum):
    DEBUG = 10
    INFO = 20
    ERROR = 40


class Verb(StrEnum):
    GET = "get"
    SET = "set"
    DEL = "del"


class Request(NamedTuple):
    verb: Verb
    key: str
    value: object = None


@dataclass
class Reply:
    ok: bool
    body: object = None


class ProtocolError(Exception):
    def __init__(self, line, reason):
        super().__init__(f"{reason}: {line!r}")
        self.line = line


def parse(line):
    match line.split():
        case []:
            raise ProtocolError(line, "empty command")
        case ["get" | "del" as verb, key]:
            return Request(Verb(verb), key)
        case ["set", key, value] if value.isdigit():
            return Request(Verb.SET, key, int(value))
        case ["set", key, *words] if words:
            return Request(Verb.SET, key, " ".join(words))
        case [verb, *_]:
            raise ProtocolError(line, f"unknown verb {verb}")


async def serve(store, req):
    await asyncio.sleep(0.01)
    match req:
        case Request(Verb.GET, key) if key in store:
            return Reply(True, store[key])
        case Request(Verb.GET, key):
            return Reply(False, f"missing {key}")
        case Request(verb=Verb.SET, key=key, value=int() | str() as value):
            old = store.get(key)
            store[key] = value
            return Reply(True, old)
        case Request(Verb.DEL, key):
            return Reply(store.pop(key, None) is not None)


def log(level, msg):
    match level:
        case Level.ERROR:
            prefix = "!!"
        case Level.INFO | Level.DEBUG if level >= Level.INFO:
            prefix = "--"
        case _:
            prefix = "  "
    print(f"{prefix} [{level.name:<5}] {msg}")


async def client(name, lines, store, queue):
    for line in lines:
        try:
            req = parse(line)
        except ProtocolError as e:
            log(Level.ERROR, f"{name}: {e}")
            continue
        reply = await serve(store, req)
        await queue.put((name, req, reply))


async def main():
    store = {}
    queue = asyncio.Queue()
    scripts = {
        "alice": ["set color blue", "get color", "set n 42", "bogus x", "get size"],
        "bob": ["set size very large", "", "del color", "get color", "del nothing"],
    }
    await asyncio.gather(*(client(n, ls, store, queue) for n, ls in scripts.items()))
    while not queue.empty():
        name, req, reply = queue.get_nowait()
        match reply:
            case Reply(ok=True, body=None):
                log(Level.DEBUG, f"{name} {req.verb} {req.key}: ok")
            case Reply(True, body):
                log(Level.INFO, f"{name} {req.verb} {req.key}: {body!r}")
            case Reply(False, str(why)):
                log(Level.ERROR, f"{name} {req.verb}: {why}")
            case Reply(False):
                log(Level.INFO, f"{name} {req!r} changed nothing")
    print(sorted(store.items()))
    match store:
        case {"n": int(n), **rest} if n > 40:
            print("n is big:", n, "others:", sorted(rest))


asyncio.run(main())
