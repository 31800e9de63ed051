import asyncio

calls = []


def logged(fn):
    def wrapper(*args, **kwargs):
        calls.append(fn.__name__)
        return fn(*args, **kwargs)
    wrapper.__name__ = fn.__name__
    return wrapper


def retry(times, exc=ValueError):
    def deco(fn):
        async def wrapper(*args):
            for attempt in range(1, times + 1):
                try:
                    return await fn(*args)
                except exc as e:
                    print(f"  attempt {attempt} of {fn.__name__} failed: {e}")
                    await asyncio.sleep(0.1)
            raise RuntimeError(f"{fn.__name__} gave up after {times}")
        return wrapper
    return deco


def tag(label):
    def deco(obj):
        obj.label = label
        return obj
    return deco


registry = {}


def register(cls):
    registry[cls.__name__] = cls
    return cls


class Flaky:
    def __init__(self, fails):
        self.fails = fails

    @retry(3)
    async def get(self, key):
        if self.fails > 0:
            self.fails -= 1
            raise ValueError(f"not yet ({self.fails} left)")
        return key.upper()

    @logged
    def size(self):
        return self.fails


@register
@tag("plugin")
class Plugin:
    priority = 5

    @property
    @logged
    def name(self):
        return "plug"


@logged
@tag("math")
def add(a, b=10):
    return a + b


@retry(2, exc=KeyError)
async def lookup(d, k):
    return d[k]


async def main():
    f = Flaky(2)
    print(await f.get("ok"))
    print(f.size(), add(1), add(1, b=2), add.label if hasattr(add, "label") else None)
    try:
        print(await Flaky(5).get("never"))
    except RuntimeError as e:
        print("error:", e)
    try:
        await lookup({}, "k")
    except RuntimeError as e:
        print("error:", e)
    print(await lookup({"k": 1}, "k"))
    p = registry["Plugin"]()
    print(Plugin.label, p.name, Plugin.priority, sorted(registry))
    print(calls)

asyncio.run(main())
