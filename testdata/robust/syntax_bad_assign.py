x = 1
f() = 2
print(x)
