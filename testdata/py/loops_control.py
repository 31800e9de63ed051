# for/while with break, continue and else; range forms; nested loops; enumerate with start.
for i in range(3):
    print("for", i)
else:
    print("for-else runs (no break)")
for i in range(10):
    if i == 2:
        continue
    if i == 4:
        break
    print("i", i)
else:
    print("not printed")
n = 0
while n < 3:
    n += 1
else:
    print("while-else, n =", n)
while True:
    n -= 1
    if n == 0:
        break
print("n after break", n)
print(list(range(5, 0, -1)), list(range(0, 10, 3)), list(range(-3)), len(range(0, 100, 7)), range(10)[-1])
for row in range(3):
    line = ""
    for col in range(3):
        if col > row:
            break
        line += f"({row},{col})"
    print(line)
for idx, ch in enumerate("abc", start=1):
    print(idx, ch, end=" ")
print()
total = 0
for x in [1, 2, 3]:
    for y in [10, 20]:
        total += x * y
print("total", total)
primes = []
for cand in range(2, 30):
    for p in primes:
        if cand % p == 0:
            break
    else:
        primes.append(cand)
print(primes)
