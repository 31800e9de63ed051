import asyncio


class Vec:
    __match_args__ = ("x", "y")

    def __init__(self, x=0, y=0):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

    def __iter__(self):
        yield self.x
        yield self.y

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y) if isinstance(o, Vec) else NotImplemented

    def __radd__(self, o):
        if o == 0:
            return self
        return NotImplemented

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __rmul__(self, k):
        return self * k

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)

    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)

    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)

    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y

    def __imul__(self, k):
        self.x *= k
        self.y *= k
        return self

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __pos__(self):
        return self

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __invert__(self):
        return Vec(self.y, self.x)

    def __eq__(self, o):
        return isinstance(o, Vec) and tuple(self) == tuple(o)

    def __hash__(self):
        return hash(tuple(self))

    def __lt__(self, o):
        return abs(self) < abs(o)

    def __bool__(self):
        return bool(self.x or self.y)


class Particle:
    def __init__(self, pos, vel):
        self.pos, self.vel = pos, vel

    async def step(self, dt, n):
        for _ in range(n):
            await asyncio.sleep(dt)
            self.pos = self.pos + self.vel * dt


async def main():
    a, b = Vec(3, 4), Vec(1, 2)
    print(a + b, a - b, a * 2, 3 * b, a / 2, a // 2, a % 2, a @ b, -a, +a, abs(a), ~b)
    x, y = a
    print(x, y, len(a), a[1], a[-1], a[0:1], list(a), sum([a, b]), max(a, b), sorted([a, b, Vec()]))
    c = Vec(1, 1)
    c *= 5
    print(c, bool(Vec()), bool(c), {a, Vec(3, 4), b} == {a, b}, a == (3, 4), a != b)
    try:
        a + 1
    except TypeError as e:
        print(e)
    try:
        1 - a
    except TypeError as e:
        print(e)
    ps = [Particle(Vec(0, 0), Vec(1, i)) for i in range(3)]
    await asyncio.gather(*(p.step(0.5, 4) for p in ps))
    print([p.pos for p in ps], sum((p.pos for p in ps), Vec()))

asyncio.run(main())
