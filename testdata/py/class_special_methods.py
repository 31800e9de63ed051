import asyncio


class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"

    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return Vector(self.x + other.x, self.y + other.y)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __eq__(self, other):
        return isinstance(other, Vector) and (self.x, self.y) == (other.x, other.y)

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __bool__(self):
        return bool(self.x or self.y)

    def __format__(self, spec):
        return f"<{self.x:{spec}}, {self.y:{spec}}>"


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __hash__(self):
        return hash((self.x, self.y))

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)


class Bag:
    def __init__(self):
        self.items = []

    def __len__(self):
        return len(self.items)

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        self.items[i] = v

    def __delitem__(self, i):
        del self.items[i]

    def __call__(self, x):
        self.items.append(x)
        return self

    def __iadd__(self, xs):
        self.items.extend(xs)
        return self


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


class Temperature:
    def __init__(self):
        self._c = 0

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._c = v

    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None

    @staticmethod
    def convert(c):
        return c * 9 / 5 + 32

    @classmethod
    def make(cls, c):
        t = cls()
        t.celsius = c
        return t

    @property
    def ro(self):
        return 1


class Eq:
    def __eq__(self, other):
        return True


async def main():
    v = Vector(1, 2) + Vector(3, 4)
    print(v, v * 2, 3 * v, -v, abs(Vector(3, 4)), v == Vector(4, 6), v != Vector(4, 6))
    print(sorted([Vector(2, 1), Vector(1, 5), Vector(1, 2)]), bool(Vector(0, 0)), f"{v:03d}")
    try:
        v + 1
    except TypeError as e:
        print(e)
    try:
        Vector(1, 1) < 3
    except AttributeError as e:
        print("attr", e)
    d = {Point(1, 2): "a"}
    print(d[Point(1, 2)], Point(1, 2) in {Point(1, 2)})
    try:
        hash(Eq())
    except TypeError as e:
        print(e)
    b = Bag()
    b(1)(2)(3)
    b += [4, 5]
    b[0] = 10
    del b[1]
    print(len(b), 3 in b, 7 in b, list(b), b[1:3], [x * 2 for x in b], bool(Bag()))
    print(list(Countdown(3)), sum(Countdown(4)))
    for i in Countdown(2):
        print("cd", i)
    t = Temperature.make(25)
    print(t.celsius, Temperature.convert(100), t.convert(0))
    try:
        t.celsius = -300
    except ValueError as e:
        print(e)
    try:
        t.ro = 5
    except AttributeError as e:
        print(e)
    del t.celsius
    print(t.celsius, callable(b), callable(t))
    q = asyncio.Queue()
    await q.put(Vector(1, 1))
    print(await q.get())

asyncio.run(main())
