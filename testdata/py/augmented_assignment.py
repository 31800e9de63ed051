# Augmented assignment: lists extend in place (aliases see it), tuples and strings rebind,
# subscript targets, every operator.
a = [1]
b = a
a += [2, 3]
a *= 2
print(a, b, a is b)
t = (1,)
u = t
t += (2,)
print(t, u, t is u)
s = "ab"
s += "c"
s *= 2
print(s)
d = {"n": 1}
d["n"] += 10
d["n"] **= 2
d.setdefault("xs", []).append(5)
d["xs"] += [6]
print(d)
grid = [[0] * 3 for _ in range(2)]
grid[1][2] += 7
grid[0][0] -= 1
print(grid)
n = 7
n //= 2; print(n, end=" ")
n %= 2; print(n, end=" ")
n <<= 4; print(n, end=" ")
n >>= 2; print(n, end=" ")
n |= 1; print(n, end=" ")
n &= 6; print(n, end=" ")
n ^= 3; print(n)
f = 1
f /= 4
f += 2 ** 60
print(f)
big = 2 ** 62
big += big
print(big, type(big).__name__)
