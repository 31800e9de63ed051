import asyncio
import re

CONFIG = """
# service configuration
[server]
host = 0.0.0.0   ; bind address
port=8080
workers : 4

[database]
url = postgres://db.local:5432/app
pool_sizes = 5, 10,20 ;  min, max, burst
tags = alpha;beta ;gamma
"""

SECTION = re.compile(r"^\[(\w+)\]\s*$", re.MULTILINE)
ENTRY = re.compile(r"""
    ^\s*(?P<key>[a-z_]+)      # key
    \s*[=:]\s*                # separator
    (?P<value>.*?)            # value, lazily
    \s*(?:;\s*(?P<comment>.*))?$   # optional comment
""", re.VERBOSE | re.MULTILINE)


async def load_section(name, body):
    await asyncio.sleep(0.01)
    entries = {}
    for m in ENTRY.finditer(body):
        key, value, comment = m.group("key", "value", "comment")
        if "," in value:
            value = [int(v) for v in re.split(r"\s*,\s*", value)]
        elif value.isdigit():
            value = int(value)
        entries[key] = value
        if comment:
            print(f"  [{name}] {key}: note {comment!r}")
    return name, entries


async def main():
    parts = SECTION.split(CONFIG)
    print(len(parts), repr(parts[0]))
    names = parts[1::2]
    bodies = parts[2::2]
    results = await asyncio.gather(*(load_section(n, b) for n, b in zip(names, bodies)))
    for name, entries in results:
        print(name, entries)
    print(re.split(r"(,)|(;)", "a,b;c"))
    print(re.split(r"\s+", "  lead and trail  "))
    print(re.split(r"[,;]", "x,y;z,w", maxsplit=2))
    print(re.split(r"(?:-)", "2024-03-15"), re.split(r"\b", "hi there"))
    print(re.split(r"x*", "axbc"), re.split(r"(\d)", "no digits"))
    print(SECTION.findall(CONFIG), SECTION.flags == re.MULTILINE | re.UNICODE)
    print(ENTRY.flags & re.VERBOSE != 0, SECTION)
    print(re.findall(r"^\w+", "one\ntwo\nthree", re.M), re.findall(r"^\w+", "one\ntwo"))
    print(re.findall(r"\w+$", "one\ntwo\n"), re.findall(r"(?s)e.t", "e\nt"), re.findall(r"e.t", "e\nt"))


asyncio.run(main())
