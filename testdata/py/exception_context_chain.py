# A small RPC client: requests time out, retries fail while an earlier
# failure is being handled, and the exception chains (__cause__,
# __context__, __suppress_context__) are printed as a log would show them.
import asyncio



def chain(e):
    parts = []
    seen = 0
    while e is not None and seen < 6:
        tag = type(e).__name__
        if e.__cause__ is not None:
            parts.append(tag + " (cause)")
            e = e.__cause__
        elif e.__context__ is not None and not e.__suppress_context__:
            parts.append(tag + " (context)")
            e = e.__context__
        else:
            parts.append(tag)
            e = None
        seen += 1
    return " <- ".join(parts)


async def fetch(key, delay):
    await asyncio.sleep(delay)
    if key.startswith("bad"):
        raise ValueError("bad key " + key)
    return key.upper()


async def with_timeout(key, delay):
    try:
        async with asyncio.timeout(0.5):
            return await fetch(key, delay)
    except TimeoutError as e:
        print("timeout:", repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
        raise


async def with_wait_for(key, delay):
    try:
        return await asyncio.wait_for(fetch(key, delay), 0.5)
    except TimeoutError as e:
        print("wait_for:", repr(e.__cause__), repr(e.__context__))
        raise LookupError(key) from None


def parse(raw):
    try:
        return int(raw)
    except ValueError:
        try:
            return {"one": 1, "two": 2}[raw]
        except KeyError as k:
            print("lookup failed:", repr(k), "while handling", repr(k.__context__))
            raise RuntimeError("unparsable " + raw) from None


async def worker(name, fut):
    try:
        raise ConnectionError(name + " dropped")
    except ConnectionError:
        try:
            await fut
        except asyncio.CancelledError as c:
            print(name, "cancelled while handling", repr(c.__context__))
            raise


async def failing():
    await asyncio.sleep(0.1)
    raise OSError("disk full")


async def main():
    print(await with_timeout("a", 0.1))
    try:
        await with_timeout("b", 2)
    except TimeoutError as e:
        print("chain:", chain(e))
    try:
        await with_wait_for("c", 2)
    except LookupError as e:
        print("chain:", chain(e), repr(e.__context__))

    for raw in ("7", "two", "many"):
        try:
            print("parsed", parse(raw))
        except RuntimeError as e:
            print("chain:", chain(e), "context kept:", repr(e.__context__))

    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    t = asyncio.create_task(worker("w1", fut))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError as e:
        print("w1 result:", chain(e))

    bad = asyncio.create_task(failing())
    try:
        raise KeyError("cache miss")
    except KeyError:
        try:
            await bad
        except OSError as e:
            print("awaited task:", chain(e))

    same = ValueError("reused")
    for label in ("first", "second"):
        try:
            raise KeyError(label)
        except KeyError:
            try:
                raise same
            except ValueError:
                pass
        print("reused context:", repr(same.__context__))

    try:
        try:
            raise KeyError("outer")
        except KeyError as k:
            try:
                raise ValueError("inner")
            except ValueError as v:
                try:
                    raise k
                except KeyError as k2:
                    print("cycle cut:", repr(k2.__context__), repr(v.__context__))
    except Exception:
        pass

    def in_thread():
        try:
            raise KeyError("thread")
        except KeyError:
            try:
                return {}["missing"]
            except KeyError as e:
                return repr(e.__context__)

    print("thread:", await asyncio.to_thread(in_thread))

    try:
        try:
            raise ValueError("first")
        finally:
            print("cleanup")
            raise RuntimeError("cleanup failed")
    except RuntimeError as e:
        print("finally:", chain(e))

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failing())
            raise KeyError("body")
    except* KeyError as eg:
        print("group:", repr(eg.exceptions), repr(eg.__context__))
    except* OSError as eg:
        print("group os:", repr(eg.exceptions))

    raise RuntimeError("giving up") from None


try:
    asyncio.run(main())
except RuntimeError as e:
    print("final:", chain(e), repr(e.__context__))
