# defaults evaluated at def time, keywords, *args, **kwargs, closures, lambdas
counter = 0

def bump():
    global counter
    counter += 1
    return counter

def g(a, b=bump(), *args, c, d=bump(), **kw):
    return (a, b, args, c, d, sorted(kw.items()))

print(g(1, c=3))
print(g(1, 2, 3, 4, c=5, e=6, f=7))
print(g(c=1, a=2))
print(counter)

def make_counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc

c1 = make_counter()
c1()
c1(5)
print("counter", c1())

adders = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in adders])
late = [lambda: i for i in range(3)]
print([f() for f in late])

def apply(fn, *args, **kwargs):
    return fn(*args, **kwargs)

print(apply(g, 1, c=2))
print(apply(max, 3, 9, 4))
try:
    g()
except TypeError as e:
    print("TypeError:", e)

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

print(fact(25))
print(2 ** 100, -(2 ** 70), 12345678901234567890123)

def order(x, y):
    return x, y

def side(tag):
    print("eval", tag)
    return tag

print(order(y=side("y"), x=side("x")))

def f():
    return "first"
h = f
def f():
    return "second"
print(h(), f())
