# A client whose request times out, whose fallback fails while the timeout
# is being handled, and whose error report fails in a finally clause: the
# uncaught exception's traceback shows the whole implicit chain.
import asyncio


async def request(path):
    await asyncio.sleep(5)
    return path


async def fallback(path):
    raise ConnectionError(f"fallback for {path} refused")


async def fetch(path):
    try:
        async with asyncio.timeout(1):
            await request(path)
    except TimeoutError:
        print("primary timed out")
        await fallback(path)


async def main():
    try:
        await fetch("/status")
    finally:
        print("reporting")
        raise RuntimeError("report failed")


asyncio.run(main())
