"""Exact ints in typed loops: factorials, big Fibonacci numbers and powers of
two computed by repeated multiplication overflow 64 bits inside plain defs;
the results are checked against each other and reported by async workers."""
import asyncio


def factorial(n: int) -> int:
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result


def fib_iter(n: int) -> int:
    a = 0
    b = 1
    for _ in range(n):
        t = a + b
        a = b
        b = t
    return a


def power_of_two(k: int) -> int:
    p = 1
    i = 0
    while i < k:
        p = p * 2
        i += 1
    return p


def digit_sum(n: int) -> int:
    total = 0
    while n > 0:
        total += n % 10
        n = n // 10
    return total


def countdown(n: int) -> int:
    # subtracting back down from a big value returns to small ints
    steps = 0
    while n > 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


def signed_mix(a: int, b: int) -> str:
    return f"{a // b} {a % b} {-a // b} {-a % b} {a * -b}"


async def report(name: str, n: int, q: asyncio.Queue) -> None:
    await asyncio.sleep(0.01 * n)
    f = factorial(n)
    await q.put(f"{name}: {n}! = {f} ({len(str(f))} digits, digit sum {digit_sum(f)})")


async def main() -> None:
    q: asyncio.Queue = asyncio.Queue()
    await asyncio.gather(*(report(f"w{i}", n, q) for i, n in enumerate([5, 20, 21, 25, 30])))
    while not q.empty():
        print(await q.get())
    print("fib(90) =", fib_iter(90), "fib(92) =", fib_iter(92), "fib(93) =", fib_iter(93))
    print("fib(200) =", fib_iter(200))
    for k in (62, 63, 64, 70, 128):
        p = power_of_two(k)
        print(f"2**{k} = {p}", p == 2 ** k, p - 1, -p)
    big = power_of_two(70)
    print("halving 2**70 takes", countdown(big), "steps; 27 takes", countdown(27))
    print(signed_mix(big, 7), signed_mix(7, 3), signed_mix(9223372036854775807, -1))
    print(signed_mix(-9223372036854775807 - 1, -1))
    print(factorial(25) // factorial(23), factorial(25) % 1000003, factorial(40) > factorial(39))
    try:
        print(signed_mix(big, 0))
    except ZeroDivisionError as e:
        print("caught:", type(e).__name__, e)


asyncio.run(main())
