print(1_000, 0x_ff, 0o17, 0b101, 1e400, -1e400, -0.0, 1e-320, 123456789012345678901234567890 * 3)
print(0.1 + 0.2, 1 / 3, 2 ** 0.5, 10 ** 20, 7 // -2, -7 % 3, divmod(-7, 2), round(2.5), round(0.125, 2))
print("\N{GREEK SMALL LETTER ALPHA}", "\x41\101\u0041\U00000041", r"\n", 'a' 'b' "c", """x
y""")
print(float("nan") == float("nan"), [float("inf")], 1e16, 1e15, 123456789.0, 1.5e-7)
