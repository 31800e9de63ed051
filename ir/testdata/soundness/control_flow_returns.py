# Which functions can fall off the end (and so return None).
def loop_forever(n):
    while True:
        if n > 3:
            return n
        n += 1


def maybe(n):
    if n:
        return 1


def both(n):
    try:
        return int(n)
    except ValueError:
        return -1


x = loop_forever(0)
y = maybe(0)
z = both("q")
print(x, y, z)
