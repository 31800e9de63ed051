# Plain synchronous code over ints and strings: the kind of loop a Go
# programmer would write by hand, and the shape typed codegen aims at.
TEXT = """the quick brown fox jumps over the lazy dog
the dog sleeps and the fox runs
a fox a dog a day"""


def word_counts(text):
    counts = {}
    for line in text.split("\n"):
        for word in line.split():
            counts[word] = counts.get(word, 0) + 1
    return counts


def longest(words):
    best = ""
    for w in words:
        if len(w) > len(best):
            best = w
    return best


def collatz_steps(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


def first_repeat(items):
    seen = set()
    for i, item in enumerate(items):
        if item in seen:
            break
        seen.add(item)
    else:
        return -1
    return i


def checksum(s):
    total = 0
    for ch in s:
        total = (total * 31 + ord(ch)) % 1000003
    return total


counts = word_counts(TEXT)
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print("top:", top)
print("longest:", longest(counts))
a, b = 0, 1
fibs = []
for _ in range(12):
    fibs.append(a)
    a, b = b, a + b
print("fibs:", fibs, "sum", sum(fibs))
print("collatz:", [collatz_steps(n) for n in range(1, 11)])
print("repeat:", first_repeat("abcdeb"), first_repeat("xyz"))
line = ""
for n in range(1, 16):
    line += "FizzBuzz" if n % 15 == 0 else "Fizz" if n % 3 == 0 else "Buzz" if n % 5 == 0 else str(n)
    line += " "
print(line.strip())
print("checksum:", checksum(TEXT), f"{checksum('fox'):08d}")
try:
    print(collatz_steps(0 + int("x7"[1])) // (len(TEXT) - len(TEXT)))
except ZeroDivisionError as exc:
    print("error:", exc)
