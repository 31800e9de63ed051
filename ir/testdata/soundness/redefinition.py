# A name bound to two different functions, and lists of lambdas.
def p(x):
    return x + 1


q = p


def p(x):
    return str(x)


print(q(1), p(2))
handlers = [lambda v: v * 2, lambda v: v + 1]
out = [h(3) for h in handlers]
print(out)
