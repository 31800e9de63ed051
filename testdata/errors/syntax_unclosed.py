def f():
    return 1
print(f(  # ERROR "'\(' was never closed"
