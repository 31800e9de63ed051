"""CPU-bound recursion in gathered tasks: each task computes Fibonacci
numbers recursively (typed ints) and a string checksum, and the results are
compared with an iterative version; a bad argument raises inside the
recursion and is reported by the task."""
import asyncio


def fib(n: int) -> int:
    if n < 0:
        raise ValueError(f"negative index {n}")
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def fib_fast(n: int) -> int:
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def label(n: int, value: int) -> str:
    tag = "even" if value % 2 == 0 else "odd"
    s = "fib(" + str(n) + ")=" + str(value)
    return s + " " + tag + " len=" + str(len(s))


def checksum(text: str) -> int:
    h = 0
    for i in range(len(text)):
        h = (h * 31 + i) % 1000000007
    return h


async def worker(n: int) -> str:
    await asyncio.sleep(0.01)
    v = fib(n)
    assert v == fib_fast(n)
    return label(n, v)


async def main() -> None:
    results = await asyncio.gather(*(worker(n) for n in [10, 15, 20, 22, 1, 0]))
    for r in results:
        print(r, checksum(r))
    outcome = await asyncio.gather(worker(12), worker(-3), return_exceptions=True)
    for o in outcome:
        print(type(o).__name__, o)
    print(fib_fast(100), fib_fast(100) == fib(20) * 0 + fib_fast(100))
    print(checksum("pyasync2go" * 50), label(93, fib_fast(93)))


asyncio.run(main())
