# sum() of an empty iterable is its start: the int 0 by default, so a sum of
# floats is not always a float, and a bool start can come back unchanged.
prices = [1.5, 2.25]
empty = [p for p in prices if p > 10]
total = sum(empty)
flags = [f for f in [True] if not f]
count = sum(flags, True)
print(total, count, sum(prices), sum(prices, 0.0), sum([1, 2]))
