def f():
    pass
f() = 1  # ERROR "cannot assign to function call here"
