# Mutations through aliases, tuple members and dict values reach the same list.
a = [1]
b = a
b.append("x")
t = (a, 2)
t[0].append(3.5)
d = {"k": a}
d["k"].append(None)
copy = [v for v in a]
copy.append(True)
print(a, b, t, d, copy)
