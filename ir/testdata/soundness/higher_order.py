# Functions called by builtins: sort keys, map, filter, max.
def key(v):
    return -v


ys = sorted([3, 1, 2], key=key)
m = list(map(lambda s: s.upper(), ["a"]))
mx = max([1, 2], key=lambda v: v)
fl = list(filter(None, [0, 1]))
pairs = sorted({"b": 2, "a": 1}.items(), key=lambda kv: kv[1])
print(ys, m, mx, fl, pairs)
