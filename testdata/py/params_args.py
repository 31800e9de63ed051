# Parameters: defaults, keywords, *args, **kwargs, keyword-only, positional-only, and the
# TypeErrors for bad calls.
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)

print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=8))
print(f(a=1, c=0, d=9, z="z"))
print(f(*[1, 2, 3], **{"c": 4, "x": 5}))

def pos_only(x, y, /, z=0):
    return x + y + z
print(pos_only(1, 2), pos_only(1, 2, z=3))

def mutable_default(item, bucket=[]):
    bucket.append(item)
    return bucket
print(mutable_default(1), mutable_default(2))

def kwonly(*, flag=False):
    return flag
print(kwonly(), kwonly(flag=True))

def varargs(*names, sep=", "):
    return sep.join(names)
print(varargs("a", "b", "c"), varargs("x", sep="|"), varargs())

for call in [lambda: f(), lambda: f(1), lambda: pos_only(x=1, y=2), lambda: kwonly(1),
             lambda: f(1, c=1, a=2), lambda: varargs(nope=1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
