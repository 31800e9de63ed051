# CPython NFKC-normalizes identifiers: ﬁ (U+FB01) and fi are one name, and so are ｘ and x.
ﬁ = 1
ｘ = 2
print(fi, x)
