# A small report generator: normalizes user-entered names and numbers from several scripts,
# stamps the report with strftime, and reports file errors the way an OS would.
import asyncio
import time

RAW = [
    ("Straße", "١٢٣", "0x_1f"),
    ("ΟΔΥΣΣΕΥΣ", "٤٥", "0b_101"),
    ("ﬁnn", "１２", "0o_17"),
    ("ǅemal", "𝟗𝟘", "ff"),
]

CLEAN = str.maketrans({"-": " ", "_": None, "\t": " "})


def normalize(name):
    folded = name.casefold()
    return folded, name.upper(), name.lower(), name.title(), name.swapcase()


async def parse_row(i, name, qty, code):
    await asyncio.sleep(0.01 * (3 - i))
    base = 16
    if code.startswith("0b"):
        base = 2
    elif code.startswith("0o"):
        base = 8
    return i, normalize(name), int(qty), int(code, base)


async def main():
    rows = await asyncio.gather(*(parse_row(i, *r) for i, r in enumerate(RAW)))
    stamp = time.localtime(1700000000)
    print(time.strftime("report %G-W%V (%U/%W) %C %r %-d.%-m. %_H|%k|%l %P %^a %#b", stamp))
    print("struct_time head:", stamp[0:3], "weekday", stamp[6], "fields", len(stamp))
    for i, names, qty, code in rows:
        print(i, names, qty, code)
    total = sum(q for _, _, q, _ in rows)
    print("total %d, as hex %s, as float %s" % (total, hex(total), (total / 8).hex()))
    print(float.fromhex("0x1.8p3"), (0.1).hex(), float("١٫٥".replace("٫", ".")))
    line = "a-b_c\td"
    print(line.translate(CLEAN), "hello".translate(str.maketrans("el", "ip", "o")))
    text = "abcabc"
    print(text.find("", 6), text.find("", 7), text.count("", 7), text.startswith("", 7), text.rfind("c", -3))
    for fmt, args in [("%5%|", ()), ("%-8s|%05d", ("ok", 42)), ("%c%c", (72, "i"))]:
        try:
            print(repr(fmt % args))
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    for errno, msg, path in [(2, "No such file or directory", "data.csv"), (13, "Permission denied", None), (17, "File exists", "out")]:
        err = OSError(errno, msg) if path is None else OSError(errno, msg, path)
        try:
            raise err
        except FileNotFoundError as e:
            print("missing:", e, e.errno, e.filename)
        except OSError as e:
            print(type(e).__name__, str(e), e.args)
    try:
        "report".upper(1)
    except TypeError as e:
        print(e)
    try:
        format(10 ** 20, "c")
    except OverflowError as e:
        print(e)
    try:
        format(7, ",x")
    except ValueError as e:
        print(e)


asyncio.run(main())
