import asyncio
import re

STRONG = re.compile(r"^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^\w\s])(?!.*\s).{8,}$")
REPEATED_WORD = re.compile(r"\b(?P<word>\w+)\s+(?P=word)\b", re.IGNORECASE)
PRICE = re.compile(r"(?<=\$)\d+(?:\.\d\d)?(?!\d)")
NOT_PRICE = re.compile(r"(?<![$\d.])\b\d+\b(?!\.\d)")
QUOTED = re.compile(r"""(?P<q>["'])(?P<text>(?:\\.|(?!(?P=q)).)*)(?P=q)""")
TAG = re.compile(r"(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)")


async def check_password(user, password):
    await asyncio.sleep(0.002 * len(user))
    missing = []
    for label, probe in [("lower", r"[a-z]"), ("upper", r"[A-Z]"), ("digit", r"\d"), ("symbol", r"[^\w\s]")]:
        if not re.search(probe, password):
            missing.append(label)
    verdict = "strong" if STRONG.match(password) else "weak"
    return user, verdict, missing


async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(check_password(u, p)) for u, p in [
            ("ann", "Tr0ub4dor&3"), ("bob", "password"), ("carol", "Sh0rt!"),
            ("dave", "No Spaces 1!"), ("eve", "C0rrect-Horse"),
        ]]
    for t in tasks:
        print(*t.result())
    text = "This is is a test test of the the Regex regex engine"
    print([m.group("word") for m in REPEATED_WORD.finditer(text)])
    print(REPEATED_WORD.sub(r"\g<word>", text))
    print(PRICE.findall("costs $12.50, $7 or $1234.5 and 99 cents"))
    print(NOT_PRICE.findall("costs $12.50, $7 or 42 items and 3.14"))
    for m in QUOTED.finditer(r"""say "hi \"there\"" and 'it''s' done"""):
        print(m.group("q"), m.group("text"), m.span())
    for s in ["<bob@example.com>", "bob@example.com", "<bob@example.com", "bob@example.com>"]:
        m = TAG.match(s)
        print(repr(s), m and m.groups())
    print(re.findall(r"(?>a+)b|ac", "aaab aac"), re.findall(r"a++ab|\w+", "aaab"))
    print(re.match(r"(\w+?)(\d*)$", "abc123").groups(), re.match(r"(a|ab)(c|bcd)(d*)", "abcd").groups())
    print(re.match(r"((a)|b)+", "ab").groups(), re.match(r"(?:(a)|(b))*", "ab").lastindex)
    print(re.match(r"(a*)*", "b").groups(), re.match(r"(a*)+", "b").group(1))


asyncio.run(main())
