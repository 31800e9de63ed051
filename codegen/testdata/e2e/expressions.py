# operators, and/or values, chained comparisons, f-strings, unpacking, walrus
a, b = 3, 4
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b, -a, +a, ~a)
print(a << 2, b >> 1, a | b, a & b, a ^ b)
print(0 or "x", "" or [], 1 and 2, 0 and 1, None or 0 or "last")
print(not a, not 0)

def val(x):
    print("val", x)
    return x

print(val(1) < val(2) < val(3), val(3) < val(1) < val(2))
print(1 < 2 == 2 > 1 != 0, 3 in [1, 3], 4 not in (1, 2), a is b, a is not None)
x = 7
print(f"{x} {x!r} {'s'!r} {x:>5} {x:05.2f} {x=} {x*2=} {3.14159:.2f} {'left':<8}|")
width = 6
print(f"{x:{width}}|{'nested':^{width + 4}}|")
first, *rest = [1, 2, 3, 4]
*init, last = "abc"
p, (q, r) = 1, (2, 3)
print(first, rest, init, last, p, q, r)
d = {"k": 1}
d["k"] += 10
lst = [1, 2]
lst += [3]
lst2 = lst
lst2 += [4]
print(d, lst, lst is lst2)
t = (1, 2)
t2 = t
t2 += (3,)
print(t, t2)
if (n := len(lst)) > 3:
    print("walrus", n)
print([y for y in range(10) if y % 2 if y > 2], {k: k * k for k in range(3)}, sorted({c for c in "aab"}))
print(sum(i * i for i in range(5)), [(i, j) for i in range(3) for j in range(i)])
print("%s is %d years, %.1f%%" % ("Bob", 30, 99.5), "{} and {}".format(1, "two"))
s = "héllo wörld"
print(len(s), s[1], s[-1], s[1:4], s[::-1], s.upper(), s.split())
del d["k"]
print(d)
print(1 if x > 5 else 2, [1, 2, 3][1:], (1,), ())
print("quote\"s", 'back\\slash', "tab\tnul\x00end", "\U0001F600", len("\U0001F600"))
print(True + True, 7 // -2, -7 % 3, 2 ** -1, 10 / 4, 1e300 * 1e10, float("nan") == float("nan"))
