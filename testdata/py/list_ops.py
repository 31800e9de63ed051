# list methods, operators and comprehensions.
xs = [3, 1, 4, 1, 5]
xs.append(9)
xs.extend([2, 6])
xs.insert(0, 0)
print(xs, len(xs))
print(xs.pop(), xs.pop(0), xs)
xs.remove(1)
print(xs, xs.index(5), xs.count(1))
xs.sort()
print(xs)
xs.sort(reverse=True)
print(xs)
xs.reverse()
print(xs)
words = ["banana", "Apple", "cherry", "fig"]
print(sorted(words), sorted(words, key=len), sorted(words, key=str.lower, reverse=True))
print([1, 2] + [3], [0] * 3, [[0] * 2] * 2, 5 in xs, 7 not in xs)
print([x * x for x in range(6) if x % 2 == 0])
print([(i, j) for i in range(3) for j in range(i)])
print([[c for c in w[:2]] for w in words])
ys = xs
ys.append(100)
zs = xs.copy()
zs.append(-1)
print(xs is ys, xs == zs, len(xs), len(zs))
print(list("abc"), list(range(3)), list((1, 2)), min(xs), max(xs), sum(xs))
print(list(reversed([1, 2, 3])), list(enumerate("ab")), list(zip([1, 2, 3], "xy")))
print(list(map(str, [1, 2])), list(filter(None, [0, 1, "", "a"])), any([0, 1]), all([]))
xs.clear()
print(xs, ys)
m = [[1, 2], [3, 4]]
m[1][0] = 30
print(m, [row[1] for row in m])
del m[0]
print(m)
