# Plain functions: recursion, multiple return values, nested definitions, docstrings, early
# returns and implicit None.
def fact(n):
    """Recursive factorial."""
    return 1 if n <= 1 else n * fact(n - 1)

def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

def hanoi(n, src, dst, via, moves):
    if n == 0:
        return moves
    hanoi(n - 1, src, via, dst, moves)
    moves.append((src, dst))
    hanoi(n - 1, via, dst, src, moves)
    return moves

def min_max(xs):
    return min(xs), max(xs)

def nothing():
    pass

def early(x):
    if x < 0:
        return "negative"
    print("non-negative path")

print(fact(5), fact(25), fib_iter(50), len(hanoi(5, "A", "C", "B", [])), hanoi(2, "A", "C", "B", []))
lo, hi = min_max([4, -2, 9])
print(lo, hi, nothing(), early(-1), early(1))
print(fact.__doc__, fact.__name__)

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))
