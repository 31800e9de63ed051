def f(*a, **k):
    return a, k


f(a=1, 2)  # ERROR "positional argument follows keyword argument"
f(**{}, *[])  # ERROR "iterable argument unpacking follows keyword argument unpacking"
f(**{}, 3)  # ERROR "positional argument follows keyword argument unpacking"
f(x=1, x=2)  # ERROR "keyword argument repeated: x"
del f()  # ERROR "cannot delete function call"
a, b += 1  # ERROR "'tuple' is an illegal expression for augmented assignment"
*x, *y = [1, 2]  # ERROR "multiple starred expressions in assignment"


def g(**k, a):  # ERROR "arguments cannot follow var-keyword argument"
    pass


g(a for a in range(3), 1)  # ERROR "Generator expression must be parenthesized"
