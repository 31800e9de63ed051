import asyncio
import re

NAMES = ["Zoë Ångström", "JOSÉ ÑÚÑEZ", "straße", "İstanbul", "Ωmega", "日本 東京", "Kelvin \u212a"]


async def classify(name):
    await asyncio.sleep(0)
    words = re.findall(r"\w+", name)
    ascii_words = re.findall(r"\w+", name, re.ASCII)
    initials = "".join(m.group()[0] for m in re.finditer(r"\b\w", name))
    return name, words, ascii_words, initials


async def main():
    for name, words, ascii_words, initials in await asyncio.gather(*map(classify, NAMES)):
        print(f"{name!r}: {words} {ascii_words} {initials!r}")
    print(re.search(r"ZOË", "zoë", re.I), re.search(r"ångström", "ÅNGSTRÖM", re.IGNORECASE))
    print(re.findall(r"(?i)k", "kK\u212a"), re.findall(r"(?i)[k-l]+", "Kl\u212aL"))
    print(re.findall(r"(?i)s", "sSſ"), re.findall(r"(?ia)s", "sSſ"), re.match(r"(?i)straße", "STRASSE"))
    print(re.findall(r"\d+", "12 ٣٤ ５６ x"), re.findall(r"\d+", "12 ٣٤ ５６", re.A))
    print(re.findall(r"\s", "a\u00a0b\u2003c\td"), re.sub(r"\W+", "_", "héllo, wörld!"))
    p = re.compile(r"\b(\w)(\w*)\b")
    print(p.sub(lambda m: m.group(1).upper() + m.group(2), "élan vital über alles"))
    m = p.search("  café au lait", 3)
    print(m, m.pos, m.endpos, m.span(2))
    print(p.match("café", 0, 2), p.fullmatch("café", 1), p.search("café au", endpos=4))
    print(re.compile("é+", re.I | re.A), re.compile(r"(?x) a | b", re.S | re.M))
    print(re.compile("x" * 250))
    print(re.search("y+", "x" + "y" * 80))
    print(re.escape("price: $5.00 (approx) [tax+tip]?"), re.escape("naïve café"))
    print(bool(re.match("", "")), re.match("a", "b") is None, type(m).__name__, type(p).__name__)


asyncio.run(main())
