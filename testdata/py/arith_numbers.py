# Arithmetic semantics: true and floor division, modulo and divmod on negatives, powers, big ints,
# int/float mixing and rounding.
print(7 / 2, -7 / 2, 7 // 2, -7 // 2, 7 // -2, -7 // -2)
print(7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17.5, 5))
print(2 ** 10, 2 ** -1, (-2) ** 3, -2 ** 2, 2 ** 0.5, 4 ** 0.5)
print(10 / 5, type(10 / 5).__name__, 10 // 5, type(10 // 5).__name__)
print(1 + 2.0, 3 * 1.5, 1 - 0.9, 0.1 * 3)
print(2 ** 64, 2 ** 100, -(2 ** 70))
big = 12345678901234567890
print(big * big, big // 7, big % 7, -big // 7, -big % 7)
print(2 ** 63 - 1 + 1, (2 ** 63) // 2, 9223372036854775807 + 1)
print(abs(-5), abs(-5.5), abs(-(2 ** 80)))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234.5678, -2), round(7))
print(int(3.9), int(-3.9), int("42"), int("-17"), int("ff", 16), float("1.5"), float(3))
print(max(3, 7.5, -1), min([4, 2, 8]), sum([1, 2, 3]), sum([0.1] * 10))
print(pow(2, 10), pow(2, 10, 1000), pow(3, -1, 7))
print(1 << 70, (1 << 70) >> 68, 0xff & 0x0f, 0xf0 | 0x0f, 6 ^ 3, ~5, -1 >> 1)
x = 10
x += 5
x -= 3
x *= 2
x //= 5
x **= 3
x %= 50
print(x)
f = 7
f /= 2
print(f)
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(hex(255), oct(8), bin(5), hex(-255), bin(2 ** 40))
