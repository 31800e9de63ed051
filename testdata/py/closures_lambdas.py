# Closures and lambdas: late binding, default-argument capture, higher-order functions.
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])

def adder(n):
    return lambda x: x + n

add5 = adder(5)
print(add5(10), adder(-1)(1), (lambda a, b=2: a * b)(3), (lambda *a: len(a))(1, 2, 3))

def compose(f, g):
    def h(x):
        return f(g(x))
    return h

inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(4))
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]), max(pairs, key=lambda p: p[0]))
print(list(map(lambda x: x ** 2, range(4))), list(filter(lambda x: x % 2, range(7))))

def memo():
    cache = {}
    def fib(n):
        if n in cache:
            return cache[n]
        r = n if n < 2 else fib(n - 1) + fib(n - 2)
        cache[n] = r
        return r
    return fib

print(memo()(90))
square = lambda v: v * v
print(square(12), square.__name__, adder.__name__, add5.__name__)
