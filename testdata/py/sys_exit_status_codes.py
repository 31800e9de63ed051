import asyncio
import sys


async def check(step, ok):
    await asyncio.sleep(0.01)
    if not ok:
        raise RuntimeError(f"step {step} failed")
    return step


async def main():
    print(sys.version_info.major, sys.version_info >= (3, 11), sys.version_info < (3, 12, 0))
    print(sys.version_info[0:3], sys.version_info.releaselevel, hash(sys.version_info) == hash(tuple(sys.version_info)))
    print(type(sys.version_info).__name__, sys.platform.startswith("linux"))
    sys.stderr.write("checking steps\n")
    for code in (0, None, 3, "stopping early", True):
        try:
            sys.exit(code)
        except SystemExit as exc:
            print("SystemExit", repr(exc.code), exc.args)
    try:
        await asyncio.gather(check(1, True), check(2, False))
    except RuntimeError as exc:
        etype, value, tb = sys.exc_info()
        print(etype.__name__, value, tb is not None, sys.exception() is exc)
    print(sys.exc_info()[0])
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(200)
    print(old, sys.getrecursionlimit())
    sys.setrecursionlimit(old)
    sys.stdout.write("final status follows\n")
    sys.stdout.flush()
    sys.exit(f"fatal: {await check(3, True)} checks done")


asyncio.run(main())
