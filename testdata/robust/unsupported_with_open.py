with open("robust_unused.txt") as f:
    print(f.read())
