# Recursion at CPython's limit: a resolver that follows references through a config tree and
# recurses forever on a cycle, a depth probe that finds how many frames are left (plain calls, a
# try/finally chain, lambdas and comprehensions), sys.getrecursionlimit/setrecursionlimit with
# its errors, repr of a deeply nested list, and an uncaught RecursionError at the end.
import sys

CONFIG = {
    "base": {"ref": None, "value": 1},
    "derived": {"ref": "base", "value": 2},
    "loop_a": {"ref": "loop_b", "value": 3},
    "loop_b": {"ref": "loop_a", "value": 4},
}

deepest = 0


def resolve(name, seen=0):
    global deepest
    deepest = seen
    entry = CONFIG[name]
    if entry["ref"] is None:
        return entry["value"]
    return entry["value"] + resolve(entry["ref"], seen + 1)


def probe(n):
    global deepest
    deepest = n
    return probe(n + 1)


def probe_finally(n):
    global deepest
    deepest = n
    try:
        return probe_finally(n + 1)
    finally:
        pass


def probe_comprehension(n):
    global deepest
    deepest = n
    return [probe_comprehension(n + 1) for _ in range(1)]


def probe_lambda(n):
    global deepest
    deepest = n
    step = lambda k: probe_lambda(k)
    return step(n + 1)


def measure(label, fn):
    global deepest
    deepest = 0
    try:
        fn(1)
    except RecursionError as e:
        print(f"{label}: reached {deepest} ({e})")


print("derived =", resolve("derived"))
try:
    resolve("loop_a")
except RecursionError as e:
    print("cycle detected after", deepest, "hops:", e)

print("limit", sys.getrecursionlimit())
measure("plain", probe)
measure("try/finally", probe_finally)
measure("comprehension", probe_comprehension)
measure("lambda", probe_lambda)


def nested():
    measure("one frame deeper", probe)


nested()

sys.setrecursionlimit(120)
print("limit", sys.getrecursionlimit())
measure("plain at 120", probe)
for bad in [0, 2.5, "10", 1]:
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError, RecursionError) as e:
        print("setrecursionlimit", repr(bad), "->", type(e).__name__, e)
sys.setrecursionlimit(1000)

nest = []
for _ in range(3000):
    nest = [nest]
try:
    print(len(repr(nest)))
except RecursionError as e:
    print("repr:", e)
shallow = []
for _ in range(50):
    shallow = [shallow]
print(len(repr(shallow)), str(shallow)[:12])

print("deepest chain", resolve("loop_b"))
