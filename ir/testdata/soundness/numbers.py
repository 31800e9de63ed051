# Numeric corners: bool arithmetic, negative powers, big ints, divmod, round.
b = True + True
c = 7 // 2
d = 2 ** 3
e = 2 ** -1
f = -7 % 3
g = 1 << 70
h = divmod(7.5, 2)
i = round(2.5)
j = round(2.567, 2)
k = abs(-3)
l = sum([1.5, 2])
m = 10 / 5
n = 3 * 1.0
o = int("7") + float("1.5")
print(b, c, d, e, f, g, h, i, j, k, l, m, n, o)
