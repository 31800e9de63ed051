# A batch consumer whose loops leave cleanup scopes early: break and
# continue out of async with, try/finally and with statements whose bodies
# await, returns from try and except clauses nested in them, and a break
# out of a try in a loop that awaits. Every cleanup runs once, in order.
import asyncio


class Conn:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await asyncio.sleep(0)
        print("open", self.name)
        return self

    async def __aexit__(self, typ, exc, tb):
        await asyncio.sleep(0)
        print("close", self.name, typ.__name__ if typ else None)
        return False


class Span:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("span", self.name)

    def __exit__(self, *exc):
        print("end span", self.name)


async def fetch(i):
    await asyncio.sleep(0.01)
    if i == 4:
        raise LookupError(f"batch {i} missing")
    return [i] * (i % 3)


async def consume(limit):
    done = []
    for i in range(10):
        async with Conn(f"c{i}"):
            with Span(f"s{i}"):
                try:
                    rows = await fetch(i)
                finally:
                    print("finally", i)
                if not rows:
                    continue
                if i >= limit:
                    break
                done.extend(rows)
    return done


async def first_error():
    for i in range(3, 6):
        async with Conn(f"e{i}"):
            try:
                try:
                    await fetch(i)
                except LookupError as e:
                    return f"returned from except: {e}"
            finally:
                print("outer finally", i)
    return None


async def plain_try_in_loop():
    seen = []
    for i in range(5):
        await asyncio.sleep(0)
        try:
            if i == 3:
                break
            seen.append(i)
        finally:
            print("plain finally", i)
    while True:
        try:
            return seen
        finally:
            print("return through finally")


async def main():
    print(await consume(2))
    print(await first_error())
    print(await plain_try_in_loop())


asyncio.run(main())
