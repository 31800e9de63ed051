# Truthiness of every basic type; `and`/`or` return an operand, `not` returns a bool.
values = [0, 1, -1, 0.0, 0.5, "", "a", [], [0], (), (0,), {}, {"k": 0}, set(), {0}, None, True, False, range(0), range(3)]
for v in values:
    print(repr(v), bool(v), "truthy" if v else "falsy")
print(0 or "default", "x" or "y", 0 and 1, 2 and 3, None or 0 or [] or "last")
print([] and "never", "" or None, not [], not "s", not None)
count = 0
def side(v):
    global count
    count += 1
    return v
print(side(0) and side(1), side(1) or side(2), count)
x = None
print("x is none" if x is None else "x set", x or 42)
