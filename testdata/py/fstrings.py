# f-strings: expressions, conversions, format specs (also nested), self-documenting '='.
name, value, items = "pi", 3.14159, [1, 2, 3]
print(f"{name} = {value}")
print(f"{name!r} {name!s} {'café'!a} {items!r}")
print(f"{value:.2f} {value:10.4f}| {42:05d} {255:#x} {1234567:,}")
width, prec = 8, 3
print(f"{value:{width}.{prec}f}|")
print(f"{value=}", f"{1 + 1=}", f"{name = }")
print(f"{'nested ' + name.upper()} {len(items) * 2} {items[-1]} {dict(a=1)['a']}")
print(f"{{braces}} {'a' if value > 3 else 'b'}")
x = 10
print(f"{x}/{3} = {x / 3:.3f}", f"{x // 3} r {x % 3}")
print(f"{None} {True} {[1, 'a']} {(1,)} {-0.0} {1e16}")
print(f"started at {'17:30'}")
