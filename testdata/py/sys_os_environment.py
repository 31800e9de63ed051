import asyncio
import os
import os.path
import sys


async def main():
    print(sys.version_info >= (3, 8), sys.version_info[:2], sys.version_info.major, sys.platform)
    print(sys.version_info)
    major, minor, *rest = sys.version_info
    print(major, minor, rest, len(sys.version_info), tuple(sys.version_info) == (3, 11, 7, "final", 0))
    os.environ["APP_MODE"] = "staging"
    print(os.environ["APP_MODE"], "APP_MODE" in os.environ, os.getenv("NOPE_X"), os.getenv("NOPE_X", "dflt"))
    print(os.environ.setdefault("APP_LEVEL", "3"), os.environ.get("APP_LEVEL"))
    try:
        os.environ["APP_N"] = 3
    except TypeError as e:
        print("TypeError:", e)
    try:
        os.environ["NOPE_Y"]
    except KeyError as e:
        print("KeyError:", e)
    print(os.path.basename("/a/b/c.txt"), os.path.dirname("/a/b/c.txt"), os.path.join("a", "b", "/c", "d"))
    print(os.path.splitext("archive.tar.gz"), os.path.splitext(".bashrc"), os.path.split("/x/y/"))
    print(os.path.exists("/definitely/not/here"), type(os.cpu_count()).__name__, os.sep, os.name)
    sys.stdout.write("written\n")
    sys.stdout.flush()
    print(sys.maxsize, sys.getrecursionlimit())
    print(sys.exc_info())

asyncio.run(main())
