import asyncio
import re

USER_PATTERNS = {
    "open group": r"(error|warning",
    "stray paren": r"timeout)",
    "bad set": r"[a-z",
    "double star": r"a**",
    "nothing": r"*.log",
    "backref": r"(a)\2",
    "unknown name": r"(?P<x>a)(?P=y)",
    "lookbehind": r"(?<=a+)b",
    "escape": r"\path\to",
    "range": r"[9-0]",
    "repeat": r"x{5,2}",
    "flags": r"a(?i)b",
    "multiline": "first\nsecond (open",
    "fine": r"(?P<level>[A-Z]+): (?P<msg>.+)",
}


async def compile_rule(name, source):
    await asyncio.sleep(0.001)
    try:
        pattern = re.compile(source)
    except re.error as e:
        print(f"{name:<12} re.error: {e}")
        print(f"{'':<12} msg={e.msg!r} pos={e.pos} line={e.lineno} col={e.colno}")
        return None
    print(f"{name:<12} ok {pattern}")
    return pattern


async def main():
    compiled = await asyncio.gather(*(compile_rule(n, s) for n, s in USER_PATTERNS.items()))
    good = [p for p in compiled if p is not None]
    print(len(good), "usable rule(s)")
    m = good[0].match("WARN: disk at 91%")
    for bad in (3, "nope", -1):
        try:
            print(m.group(bad))
        except IndexError as e:
            print("IndexError:", e)
    for template in (r"\3", r"\g<missing>", r"\g<1", r"\k"):
        try:
            print(m.expand(template))
        except (re.error, IndexError) as e:
            print(type(e).__name__, e)
    try:
        re.match(r"\d+", 42)
    except TypeError as e:
        print("TypeError:", e)
    try:
        re.sub("a", lambda m: None, "banana")
    except TypeError as e:
        print("TypeError:", e)
    try:
        raise re.error("custom failure")
    except re.error as e:
        print(repr(e.msg), e.pos, e.pattern, isinstance(e, Exception))
    try:
        re.compile(good[0], re.I)
    except ValueError as e:
        print("ValueError:", e)
    print(re.compile(good[0]) is good[0])


asyncio.run(main())
