s = "a\ud800b"
print(len(s))
print(s)
