# Parallel assignment and statement calls: a, b = x, y evaluates the whole
# right side before binding anything, left to right; list and dict methods
# called for their effect; coroutines dropped on the floor still warn.
import asyncio

calls = []


def note(tag, value):
    calls.append(tag)
    return value


def fail(tag):
    calls.append(tag)
    raise ValueError(f"bad {tag}")


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def rotate(x, y, z):
    x, y, z = y, z, x
    return x, y, z


def bank():
    balance = 100
    history = []

    def deposit(amount):
        nonlocal balance
        balance, old = balance + amount, balance
        history.append((old, balance))
        return balance

    # the closure rebinds balance while the right side is evaluated.
    first, second = balance, deposit(50)
    print("bank:", first, second, balance, history)
    return balance


class Job:
    def __init__(self, name):
        self.name = name

    async def start(self):
        print("started", self.name)


async def main():
    jobs = [Job("a"), Job("b")]
    jobs[0].start()
    pending = {"later": jobs[1].start()}
    pending.pop("later")
    done, left = [], list(jobs)
    while left:
        job, left = left[0], left[1:]
        done.append(job.name)
        await asyncio.sleep(0)
    print("done", done)


g1, g2 = "x", "y"
g1, g2 = g2, g1
print(g1, g2, fib(30), rotate(1, 2, 3))
p, q = [note("p", 1), note("q", 2)]
print(p, q, calls)
calls.clear()
try:
    p, q = note("p2", 10), fail("q2")
except ValueError as exc:
    print("caught", exc, "p and q unchanged:", p, q, calls)
print(bank())
n = 0
m, k = (n := n + 5), n
print(m, k, n)
words = []
for w in "one two three".split():
    words.append(w.upper())
    words.sort(key=len)
print(words)
stats = {}
stats.setdefault("hits", 0)
stats.update(misses=2)
stats.pop("hits")
print(stats)
asyncio.run(main())
