# Keyword arguments, keyword-only parameters, **mapping and *iterable calls.
def f(a, b=0, *, c="c"):
    return a, b, c


r1 = f(1, c="x")
r2 = f(b=2.5, a="s")
args = [1, 2]
r3 = f(*args)
opts = {"c": 3}
r4 = f(1, **opts)


def g(x, y):
    return x + y


s = g(y="b", x="a")
fs = [lambda i=i: i * 2 for i in range(3)]
outs = [h() for h in fs]
print(r1, r2, r3, r4, s, outs)
