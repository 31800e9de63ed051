# A config loader whose fallback paths read names that may be unbound: a local assigned inside a
# try that failed, a loop variable of an empty or broken loop, a closure variable assigned after
# the closure is created, names after `del`, and the `as` name after its except clause. Each read
# raises UnboundLocalError or NameError exactly where CPython does, and the handlers print it.
import asyncio

DEFAULTS = {"retries": 3, "timeout": 1.5, "mode": "safe"}
SOURCES = [
    {"retries": "5", "timeout": 2},
    {"retries": "many"},
    {"timeout": 4},
]


def load_config(raw):
    try:
        parsed = dict(raw)
        parsed["retries"] = int(parsed["retries"])
    except (KeyError, ValueError) as err:
        print("  config error:", type(err).__name__, err)
    try:
        return parsed
    except UnboundLocalError as e:
        print("  fallback:", e)
        return dict(DEFAULTS)


def find_first(items, wanted):
    for item in items:
        if item == wanted:
            found = item
            break
    try:
        return found
    except UnboundLocalError as e:
        print("  find_first:", e)
        return None


def make_counter(start):
    def bump(step):
        return total + step

    try:
        bump(1)
    except NameError as e:
        print("  before assignment:", e)
    total = start
    return bump


def summarize(values):
    if values:
        largest = max(values)
        smallest = min(values)
    else:
        smallest = 0
    label = "empty"
    for label in [f"{len(values)} values"]:
        pass
    # str(largest), not {largest}: in an f-string the read follows a constant, and once 3.11 has
    # quickened this function the pair runs as one instruction that reports the constant's position.
    return f"{label}: {smallest}.." + str(largest)


def cleanup(cache):
    scratch = list(cache)
    del scratch
    try:
        print(len(scratch))
    except UnboundLocalError as e:
        print("  cleanup:", e)
    try:
        del scratch
    except UnboundLocalError as e:
        print("  second del:", e)
    while cache:
        key = cache.pop()
        if key == "stop":
            break
    else:
        key = None
    return key


for index, raw in enumerate(SOURCES):
    print("source", index)
    print("  ->", load_config(raw))

print("find", find_first([1, 2, 3], 2), find_first([1, 2, 3], 9), find_first([], 1))
counter = make_counter(10)
print("counter", counter(5))
print(summarize([4, 9, 1]))
try:
    print(summarize([]))
except UnboundLocalError as e:
    print("summarize:", type(e).__name__, e)
print("cleanup", cleanup(["a", "stop", "b"]), cleanup(["a"]))

try:
    print(LATE_SETTING)
except NameError as e:
    print("early read:", e)
LATE_SETTING = "ready"
print("late setting", LATE_SETTING)
del LATE_SETTING
try:
    print(LATE_SETTING)
except NameError as e:
    print("after del:", e)
try:
    del LATE_SETTING
except NameError as e:
    print("del again:", e)

for pending in []:
    pass
try:
    print(pending)
except NameError as e:
    print("empty loop:", e)

try:
    1 / 0
except ZeroDivisionError as problem:
    print("caught", problem)
try:
    print(problem)
except NameError as e:
    print("except name:", e)

len = 3
print("shadowed len", len)
del len
print("builtin len again", len("abc"))


def report():
    return f"status={STATUS}"


try:
    report()
except NameError as e:
    print("report:", e)
STATUS = "ok"
print(report())


async def job(n):
    await asyncio.sleep(0.01 * n)
    if n % 2:
        outcome = n * 10
    return outcome


async def main():
    results = await asyncio.gather(job(1), job(2), job(3), return_exceptions=True)
    for r in results:
        print("job:", type(r).__name__, r)
    print(summarize([1, 2]))


asyncio.run(main())
print(summarize([]))
