import asyncio


class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.fn(*args, **kwargs)


class Retry:
    def __init__(self, attempts):
        self.attempts = attempts

    def __call__(self, fn):
        async def wrapper(*args):
            last = None
            for i in range(self.attempts):
                try:
                    return await fn(*args)
                except ConnectionError as e:
                    last = e
                    await asyncio.sleep(0.1 * (i + 1))
            raise RuntimeError(f"failed after {self.attempts}") from last
        return wrapper


@CountCalls
def square(x):
    return x * x


state = {"fails": 2}


@Retry(3)
async def fetch(key):
    if state["fails"] > 0:
        state["fails"] -= 1
        raise ConnectionError(f"flaky {key}")
    return f"value-{key}"


class Collector:
    def __init__(self):
        self.items = []

    def __call__(self, fut):
        self.items.append(fut.result())


async def main():
    print([square(i) for i in range(4)], square.calls, callable(square), type(square).__name__)
    print(await fetch("a"))
    state["fails"] = 5
    try:
        await fetch("b")
    except RuntimeError as e:
        print(e, "|", e.__cause__)
    collect = Collector()
    loop = asyncio.get_running_loop()
    futs = []
    for i in range(3):
        f = loop.create_future()
        f.add_done_callback(collect)
        loop.call_later(0.1 * (3 - i), f.set_result, i)
        futs.append(f)
    await asyncio.gather(*futs)
    await asyncio.sleep(0)
    print(collect.items)
    h = loop.call_soon(square, 7)
    await asyncio.sleep(0)
    print(square.calls, h.cancelled())

asyncio.run(main())
