l = []
for i in range(5000):
    l = [l]
print(len(repr(l)))
