# Tuples and unpacking: plain, nested, starred, swaps, loops.
t = (1, 2, 3)
a, b, c = t
print(a, b, c, t[0], t[-1], t[1:], len(t), t.count(2), t.index(3))
x, y = 1, 2
x, y = y, x
print(x, y)
first, *rest = [1, 2, 3, 4]
*init, last = "abcd"
head, *mid, tail = range(5)
print(first, rest, init, last, head, mid, tail)
(p, q), r = (1, 2), 3
print(p, q, r)
for i, (k, v) in enumerate([("a", 1), ("b", 2)]):
    print(i, k, v)
for n, ch in zip([1, 2, 3], "xyz"):
    print(n, ch, end="; ")
print()
single = (5,)
print(single, (1, 2) + (3,), (0,) * 3, tuple([1, 2]), tuple("ab"), () == tuple())
def pair():
    return "left", "right"
l, rr = pair()
print(l, rr, pair())
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
print(*t, sep="-")
print(*[1, 2], *"ab")
