# Unpacking: starred targets, dict items, nested targets.
first, *mid, last = (1, "a", 2.5, None)
for k, v in {"a": 1}.items():
    print(k, v)
pairs = list(zip([1], ["x"]))
(a, b), c = (1, 2), 3
x, y = "ab"
print(first, mid, last, pairs, a, b, c, x, y)
