# dict: insertion order, methods, comprehensions, iteration, deletion.
d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, len(d), list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get("a"), d.get("z"), d.get("z", 0), "a" in d, "z" not in d)
print(d.setdefault("a", 100), d.setdefault("e", 5), d)
print(d.pop("b"), d.pop("zz", "dflt"), d)
del d["c"]
d.update({"f": 6, "a": -1})
d.update(g=7)
print(d)
for k, v in d.items():
    print(k, "->", v)
squares = {n: n * n for n in range(5)}
print(squares, {v: k for k, v in squares.items() if v > 4})
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict(zip("ab", [1, 2])))
print({1: "int", 1.0: "float", True: "bool"})
nested = {"outer": {"inner": [1, 2]}}
nested["outer"]["inner"].append(3)
print(nested)
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e, repr(e))
print(d.popitem(), d, {**d, "new": 0})
