def f():
    x = 1
        y = 2  # ERROR "unexpected indent"
    return x + y
if f():
pass  # ERROR "expected an indented block after 'if' statement on line 5"
