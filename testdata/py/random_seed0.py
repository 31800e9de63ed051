# The random module starts as if random.seed(0) had been called; reseeding reproduces sequences.
import random

print(random.random(), random.random())
print(random.randint(1, 10), random.randint(1, 10), random.randint(-5, 5))
print(random.uniform(1, 2), random.choice("abcdef"), random.choice([10, 20, 30]))
xs = list(range(10))
random.shuffle(xs)
print(xs)
print(random.sample(range(100), 5), random.randrange(10), random.randrange(0, 100, 5))
random.seed(42)
a = [random.random() for _ in range(3)]
random.seed(42)
b = [random.random() for _ in range(3)]
print(a == b, a)
random.seed(0)
print(random.random(), random.randint(0, 2 ** 70))
