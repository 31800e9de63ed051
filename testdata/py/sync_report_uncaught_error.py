# A plain script (no event loop) that crashes in a helper: the traceback of an
# error the runtime raises (a subscript, an unpacking) lists every frame.
PRICES = {"apple": 3, "pear": 4, "plum": 2}


def parse(line):
    name, qty = line.split(":")
    return name.strip(), int(qty)


def line_total(name, qty):
    return PRICES[name] * qty


def report(lines):
    total = 0
    for line in lines:
        name, qty = parse(line)
        cost = line_total(name, qty)
        print(f"{name:<6}{qty:>3} {cost:>5}")
        total += cost
    print(f"total {total}")


() = []
report(["apple: 2", "pear:1"])
try:
    report(["plum:3", "apple 4"])
except ValueError as e:
    print("bad line:", e)
report(["plum: 1", "kiwi: 5"])
