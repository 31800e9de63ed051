# Scope errors CPython's compiler reports and tree-sitter accepts.
import asyncio

nonlocal q  # ERROR "nonlocal declaration not allowed at module level"
return 1  # ERROR "'return' outside function"
break  # ERROR "'break' outside loop"
continue  # ERROR "'continue' not properly in loop"
for i in range(3):
    pass
else:
    break  # ERROR "'break' outside loop"


def no_binding():
    nonlocal missing  # ERROR "no binding for nonlocal 'missing' found"


def used_first():
    print(counter)
    global counter  # ERROR "name 'counter' is used prior to global declaration"


def assigned_first():
    counter = 1
    global counter  # ERROR "name 'counter' is assigned to before global declaration"


def param_global(x):
    global x  # ERROR "name 'x' is parameter and global"


def outer():
    v = 1

    def inner():
        v = 2
        nonlocal v  # ERROR "name 'v' is assigned to before nonlocal declaration"

    def loop_body():
        while True:
            def nested():
                break  # ERROR "'break' outside loop"
            break

    return inner, loop_body


def dup(a, a):  # ERROR "duplicate argument 'a' in function definition"
    pass


def defaults(a=1, b):  # ERROR "non-default argument follows default argument"
    pass


yield 5  # ERROR "'yield' outside function"
