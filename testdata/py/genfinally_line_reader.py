# A file-like line reader generator that logs when it opens and closes its
# "file", consumed by for loops that break early, return from inside the
# loop, and let an exception escape: CPython closes the reader right where
# the loop lets go of it.
import asyncio
import io

LOG = []


def log(msg):
    LOG.append(msg)
    print(f"[log] {msg}")


class FakeFile:
    def __init__(self, name, text):
        self.name = name
        self.buf = io.StringIO(text)
        self.closed = False
        log(f"open {name}")

    def readline(self):
        return self.buf.readline()

    def close(self):
        self.closed = True
        log(f"close {self.name}")


FILES = {
    "access.log": "GET /index 200\nGET /about 200\nPOST /login 401\nGET /admin 403\nGET /index 200\n",
    "errors.log": "WARN disk 81%\nERROR db timeout\nWARN disk 85% rising\nERROR db timeout\n",
    "empty.log": "",
}


def read_lines(name):
    f = FakeFile(name, FILES[name])
    count = 0
    try:
        while True:
            line = f.readline()
            if not line:
                log(f"{name}: end of file after {count} lines")
                return count
            count += 1
            yield line.rstrip("\n")
    except GeneratorExit:
        log(f"{name}: reader abandoned after {count} lines")
        raise
    finally:
        f.close()


def first_failure(name):
    for line in read_lines(name):
        method, path, status = line.split()
        if int(status) >= 400:
            return path, int(status)
    return None


def count_errors(name):
    errors = 0
    for n, line in enumerate(read_lines(name), 1):
        if line.startswith("ERROR"):
            errors += 1
            if errors == 2:
                print(f"second error on line {n}")
                break
    else:
        print("fewer than two errors")
    print(f"after the loop: {errors} errors")
    return errors


class ParseError(Exception):
    pass


def strict_parse(name):
    for line in read_lines(name):
        parts = line.split()
        if len(parts) != 3:
            raise ParseError(f"bad line in {name}: {line!r}")
        yield parts


async def scan(name, delay):
    await asyncio.sleep(delay)
    found = first_failure(name)
    print(f"{name}: first failure {found}")
    return found


async def main():
    results = await asyncio.gather(scan("access.log", 0.2), scan("empty.log", 0.1))
    print("gathered", results)
    print("errors", count_errors("errors.log"))
    try:
        for parts in strict_parse("errors.log"):
            print("parsed", parts)
    except ParseError as e:
        print("caught:", e)
    finally:
        print("parse attempt over")
    print("lines", sum(1 for _ in FILES["access.log"].splitlines()))
    print("total lines read", max(len(list(read_lines("access.log"))), 0))
    print(len(LOG), "log entries")


asyncio.run(main())
