# Slicing lists and strings: negative indices, steps, out-of-range bounds, slice assignment and del.
xs = list(range(10))
print(xs[2:5], xs[:3], xs[7:], xs[-3:], xs[:-7], xs[::2], xs[1::3], xs[::-1], xs[8:2:-2])
print(xs[100:], xs[-100:2], xs[5:2], xs[-1], xs[-10])
s = "hello, world"
print(s[0], s[-1], s[:5], s[7:], s[::-1], s[::3], s[-5:-1])
xs[2:4] = ["a", "b", "c"]
print(xs)
xs[::3] = [0, 0, 0, 0]
print(xs)
del xs[1:3]
print(xs)
del xs[::2]
print(xs)
print("unicode ✓ ok"[8:], len("héllo"), "héllo"[1], "日本語"[1:])
t = (0, 1, 2, 3)
print(t[1:3], t[::-1])
try:
    print(xs[50])
except IndexError as e:
    print("IndexError:", e)
try:
    "abc"[5]
except IndexError as e:
    print("IndexError:", e)
