# Mutable defaults, **kwargs and *args.
def f(x, acc=[]):
    acc.append(x)
    return acc


f(1)
r = f("a")


def g(**kw):
    return kw


k = g(a=1, b="x")


def h(*args):
    return args


hh = h(1, 2)
print(r, k, hh)
