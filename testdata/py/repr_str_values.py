# str() and repr() of every basic type, floats in particular.
floats = [0.0, -0.0, 1.0, 2.5, 0.1 + 0.2, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 1.5e300,
          float("inf"), float("-inf"), float("nan"), 3.14159, 100.0, 1 / 3, 2 / 3, 1e22, 5e-324]
for f in floats:
    print(str(f), repr(f))
print(floats)
print(None, True, False, 42, -7, 2 ** 100)
print(repr(None), repr(True), repr(42))
print("plain", repr("plain"), repr("it's"), repr('say "hi"'), repr("both ' and \""), repr(""))
print([1, "a", 2.0, None, True], (1,), (), (1, "b"), [])
print({"a": 1, 2: "b", (1, 2): [3]}, {}, {1: {2: {3: 4}}})
print({3, 1, 2}, set(), {1000, 10, 100}, frozenset({2, 1}))
print(str([1, "a"]), repr(["x", 'y']), str(("s",)))
print(range(5), range(1, 10, 2), list(range(3)))
print(type(1), type(1.0), type("s"), type([]), type(None), type(True), type(()), type({}))
print(int, str, len, print)
print(ValueError, ValueError("bad"), repr(ValueError("bad")), repr(KeyError("k")), str(KeyError("k")))
nested = [[1, [2, [3]]], {"k": (4, 5)}]
print(nested, len(nested))
print(1e16 == 10 ** 16, float(10 ** 16), float(2 ** 53 + 1), -1.5e-10)
