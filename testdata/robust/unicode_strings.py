s = "héllo 👋🏽 e\u0301"
print(len(s), s[::-1], s.upper(), repr(s), ascii(s))
print(str(10 ** 5000)[:5])
