# Comparisons: chains (each operand evaluated once), mixed int/float equality, identity and
# membership, ordering of strings, tuples and lists.
def val(tag, v):
    print("eval", tag)
    return v

print(1 < 2 < 3, 3 > 2 > 2, 1 < 3 > 2, 1 == 1.0 == True)
print(val("a", 1) < val("b", 2) < val("c", 0) < val("d", 5))
print(0 <= 5 < 10, not 0 <= 15 < 10)
print("apple" < "banana", "Zebra" < "apple", "abc" < "abd", "ab" < "abc")
print((1, 2) < (1, 3), (1, 2, 3) > (1, 2), [1, 2] == [1, 2], [3] > [2, 9])
print(1 == 1.0, 2 != 2.0, -0.0 == 0.0, 10 ** 20 == 1e20, 10 ** 16 + 1 == 1e16)
print(None is None, [] is [], 3 in [1, 2, 3], "b" in "abc", 4 not in (1, 2), "k" in {"k": 1})
x = 5
if 1 < x <= 5:
    print("x in (1, 5]")
print(max("pear", "apple", "fig"), min((3, "b"), (3, "a")), sorted([3, 1.5, 2, -1]))
