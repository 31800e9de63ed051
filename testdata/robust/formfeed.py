x = 1
print(x)

def f():
    return 2
print(f())
