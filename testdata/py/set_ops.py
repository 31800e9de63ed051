# Sets of ints iterate in CPython's hash order; sets of strings are printed sorted (string hashes
# are randomised per process).
a = {5, 3, 1}
b = {4, 3, 2, 1}
print(a, b, a | b, a & b, a - b, a ^ b)
print(a.union([9]), a.intersection(b), b.difference(a), a.issubset({1, 3, 5, 7}), {1} < a)
a.add(2)
a.discard(5)
a.discard(100)
print(a, len(a), 2 in a, 5 in a)
a.remove(1)
print(a, a.pop(), a)
print({x % 4 for x in range(10)}, set([3, 3, 1]), {1000, 10, 100}, {16, 8, 0})
words = {"pear", "apple", "fig", "apple"}
print(sorted(words), len(words), "fig" in words)
fs = frozenset([1, 2])
print(fs, fs | {3}, {fs: "frozen"}[frozenset({2, 1})])
s = set()
for i in [7, 2, 7, 9]:
    s.add(i)
print(s, sorted(s, reverse=True), sum(s), max(s))
