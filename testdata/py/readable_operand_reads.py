# Operand reads next to calls: which variables a call can rebind decides
# whether the read must happen before the call. Every print shows CPython's
# left-to-right order.
import asyncio

total = 0
label = "start"


def bump(n):
    global total
    total += n
    return total


def relabel(name):
    global label
    old, label = label, name
    return old


def counter():
    count = 0
    seen = []

    def step():
        nonlocal count
        count += 1
        seen.append(count)
        return count

    def peek():
        return len(seen)

    # count is rebound by step (nonlocal): each read comes before the call.
    print("counter:", count, step(), count, step(), count)
    # seen is captured but never rebound: peek cannot change what it names.
    print("seen:", seen, peek(), seen is seen, peek())
    return count


def scale(values, factor):
    out = []
    for v in values:
        # v and factor are plain locals: nothing in the call can touch them.
        out.append((v, factor, v * factor, bump(v), v + factor))
    return out


def walrus_reads(items):
    n = 0
    # a walrus in the same function may rebind n between reads.
    pairs = [(n, (n := n + x), n) for x in items]
    return pairs, n


async def fetch(key, delay):
    await asyncio.sleep(delay)
    return key.upper()


async def worker(name, keys):
    got = []
    for i, key in enumerate(keys):
        # i and key are locals of this coroutine; the await cannot rebind them.
        got.append((name, i, key, await fetch(key, 0.01 * (i + 1)), i, key))
    return got


async def main():
    results = await asyncio.gather(worker("a", ["x", "y"]), worker("b", ["z"]))
    for row in results:
        print(row)
    # a module variable rebound by a function called later in the same call.
    print("total:", total, bump(10), total)
    print("label:", label, relabel("main"), label)


print("module:", total, bump(1), total, label, relabel("module"), label)
print(counter())
print(scale([1, 2, 3], 10))
print(walrus_reads([1, 2, 3]))
print([(k, len(k), k * 2) for k in ["ab", "c"]])
try:
    print("before", total, bump("x"), total)
except TypeError as exc:
    print("caught:", exc, "total still", total)
asyncio.run(main())
print("end:", total, label)
