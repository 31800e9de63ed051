import asyncio
import re
from dataclasses import dataclass

# Rule definitions as they might come from a YAML/JSON config: each names
# its pattern and the flags to compile it with.
RULES = [
    {"name": "greeting", "pattern": r"^hello\b", "flags": ["IGNORECASE", "MULTILINE"]},
    {"name": "block", "pattern": r"begin.*?end", "flags": ["DOTALL", "I"]},
    {"name": "word", "pattern": r"\w+", "flags": ["ASCII"]},
    {"name": "plain", "pattern": r"\d{3}", "flags": []},
    {"name": "verbose", "pattern": r" (\d+) \s* - \s* (\d+)  # a range", "flags": ["X"]},
    {"name": "broken", "pattern": r"ok", "flags": ["CASELESS"]},
]

FLAG_TABLE = {
    "IGNORECASE": re.IGNORECASE, "I": re.I,
    "MULTILINE": re.MULTILINE, "M": re.M,
    "DOTALL": re.DOTALL, "S": re.S,
    "ASCII": re.ASCII, "A": re.A,
    "VERBOSE": re.VERBOSE, "X": re.X,
}

TEXT = "Hello world\nhello again\nBEGIN x\ny END\ncafé 123 and 7 - 42"


@dataclass
class Rule:
    name: str
    regex: re.Pattern
    flags: re.RegexFlag


def build_flags(names):
    flags = re.NOFLAG
    for n in names:
        if n not in FLAG_TABLE:
            raise KeyError(f"unknown regex flag {n!r}")
        flags |= FLAG_TABLE[n]
    return flags


async def compile_rule(spec):
    await asyncio.sleep(0.01)
    flags = build_flags(spec["flags"])
    return Rule(spec["name"], re.compile(spec["pattern"], flags), flags)


async def main():
    results = await asyncio.gather(*(compile_rule(s) for s in RULES), return_exceptions=True)
    rules = []
    for spec, r in zip(RULES, results):
        if isinstance(r, Exception):
            print(f"{spec['name']}: {type(r).__name__}: {r}")
            continue
        rules.append(r)
        print(f"{r.name:8} flags={r.flags!r} str={r.flags} int={int(r.flags)} pattern.flags={r.regex.flags}")
        print(f"         {r.regex}")

    # What CPython shows for the flag values themselves.
    print(re.I, repr(re.I | re.M), re.NOFLAG, type(re.I).__name__, isinstance(re.I, int))
    print(f"{re.I}|{re.I:>4}|{re.M:#06x}|" + "%d %s %r" % (re.S, re.S, re.S))
    print(~re.I)
    print(re.I | 0, re.I & re.I, re.I ^ re.I, re.I == 2, 2 == re.I, re.I | 1024)
    combined = re.I | re.M | re.S
    print(len(combined), list(combined), re.M in combined, re.X in combined)
    print(combined.name, combined.value, bool(re.NOFLAG), hash(re.I) == hash(2))
    print(re.RegexFlag(10), re.RegexFlag["DOTALL"], re.RegexFlag.X is re.VERBOSE)

    # Flags as dict keys: equal to their ints, so an int key merges.
    usage = {}
    for r in rules:
        for f in r.flags:
            usage[f] = usage.get(f, 0) + 1
    usage[2] = usage.get(2, 0) + 100
    print(usage)
    print(sorted(usage, key=int))

    # Pattern.flags is a plain int; & with a flag gives a flag back.
    for r in rules:
        p = r.regex
        print(f"{r.name:8} {type(p.flags).__name__} ignorecase={p.flags & re.I!r} unicode={bool(p.flags & re.U)}")

    matches = {r.name: r.regex.findall(TEXT) for r in rules}
    for name, found in matches.items():
        print(f"{name:8} {found}")

    for bad in ["I", 2.5, None]:
        try:
            re.compile("x", bad)
        except TypeError as e:
            print("TypeError:", e)
    try:
        re.RegexFlag["NOPE"]
    except KeyError as e:
        print("KeyError:", e)


asyncio.run(main())
