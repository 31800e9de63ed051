# A retrying uploader: recovery code awaits inside except and finally
# clauses, loop conditions and short-circuits await, and a generator of
# retry delays is sent an exception while suspended inside try/except.
import asyncio


class UploadError(Exception):
    pass


attempts = {}


async def upload(name):
    attempts[name] = attempts.get(name, 0) + 1
    await asyncio.sleep(0.1)
    if attempts[name] < 3 and name != "logo.png":
        raise UploadError(f"{name}: attempt {attempts[name]} failed")
    return f"{name} uploaded after {attempts[name]} attempt(s)"


async def report(msg):
    await asyncio.sleep(0.01)
    print("report:", msg)
    return len(msg)


async def cleanup(name):
    await asyncio.sleep(0)
    print("cleanup", name)


def backoff():
    delay = 0.1
    while True:
        try:
            got = yield delay
            print("  backoff got", got)
            delay *= 2
        except UploadError as e:
            print("  backoff reset by", e)
            delay = 0.1


async def pending(name, limit):
    await asyncio.sleep(0)
    return attempts.get(name, 0) < limit


async def upload_with_retry(name):
    delays = backoff()
    delay = next(delays)
    while await pending(name, 5):
        try:
            return await upload(name)
        except UploadError as e:
            n = await report(str(e))
            print("  reported", n, "chars; context:", e.__context__)
            if attempts[name] == 2:
                delay = delays.throw(UploadError("second failure"))
            else:
                delay = delays.send(name)
            await asyncio.sleep(delay)
        finally:
            await cleanup(name)
    return None


async def noisy(name):
    try:
        raise UploadError(name)
    except UploadError:
        try:
            await report("handling " + name)
            raise KeyError(name)
        except KeyError as k:
            print("inner", repr(k), "context:", repr(k.__context__))
            await asyncio.sleep(0)
            raise
    finally:
        await report("finally " + name)


async def main():
    results = await asyncio.gather(upload_with_retry("report.pdf"), upload_with_retry("logo.png"))
    print(results)
    ready = attempts["logo.png"] == 1 and await report("logo ok")
    skipped = attempts["report.pdf"] == 1 and await report("never")
    print("ready:", ready, "skipped:", skipped)
    try:
        await noisy("x")
    except KeyError as e:
        print("caught", repr(e), "context:", repr(e.__context__))
    print(attempts, f"{asyncio.get_running_loop().time():.2f}")


asyncio.run(main())
