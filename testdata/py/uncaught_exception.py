# An uncaught exception: stdout printed so far is kept, the traceback goes to stderr, status 1.
def check(n):
    if n > 2:
        raise ValueError(f"n too large: {n}")
    return n

for i in range(5):
    print("checked", check(i))
