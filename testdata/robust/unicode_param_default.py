def f(é=2):
    return é


print(f())
