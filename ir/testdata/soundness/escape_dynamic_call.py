# A list handed to a call whose target is not statically known may be changed there.
def add(l, v):
    l.append(v)


fs = [add, print]
xs = [1, 2]
for f in fs:
    f(xs, "s")
print(xs)
