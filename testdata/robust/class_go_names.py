import asyncio


class rt:
    type = "t"
    func = 1

    def __init__(self, go, chan=2):
        self.go = go
        self.chan = chan
        self.nil = None

    def select(self, *args, **kwargs):
        return (self.go, args, sorted(kwargs))

    async def defer(self, struct):
        await asyncio.sleep(0)
        return struct + self.chan


class py(rt):
    def select(self, *a, map=None, **kw):
        return ("py", super().select(*a, **kw), map)


async def main():
    r = rt(1)
    p = py(5, chan=7)
    print(r.select(1, 2, x=3), p.select(9, map=4, y=1), r.type, py.func)
    print(await p.defer(10), await asyncio.gather(r.defer(1), p.defer(2)))
    print(type(p).__name__, p.nil, isinstance(p, rt), [c.__name__ for c in py.__mro__])

asyncio.run(main())
