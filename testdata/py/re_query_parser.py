import asyncio
import re

TERM = re.compile(r"""
    (?P<neg>-)?
    (?:(?P<field>[a-z]+):)?
    (?: "(?P<phrase>[^"]*)"
      | (?P<op>[<>]=?)?(?P<num>\d+(?:\.\d+)?)\b
      | (?P<word>[^\s"]+)
    )
""", re.VERBOSE)

PRODUCTS = [
    {"name": "red kettle", "price": 25.0, "tag": "kitchen"},
    {"name": "blue kettle", "price": 40.0, "tag": "kitchen"},
    {"name": "garden hose", "price": 18.5, "tag": "garden"},
    {"name": "red rose seeds", "price": 3.0, "tag": "garden"},
]


def parse(query):
    terms = []
    pos = 0
    while True:
        while pos < len(query) and query[pos] == " ":
            pos += 1
        m = TERM.match(query, pos)
        if not m:
            break
        d = m.groupdict(default="")
        terms.append((bool(d["neg"]), d["field"] or "name", d["op"], d["phrase"] or d["num"] or d["word"]))
        print(f"  term {m.span()} last={m.lastgroup} groups={m.groups(default='.')}")
        pos = m.end()
    return terms


def matches(product, terms):
    for neg, field, op, value in terms:
        have = product.get(field)
        if isinstance(have, float):
            want = float(value)
            ok = {"<": have < want, ">": have > want, "<=": have <= want, ">=": have >= want, "": have == want}[op]
        else:
            ok = re.search(r"\b" + re.escape(value) + r"\b", str(have), re.IGNORECASE) is not None
        if ok == neg:
            return False
    return True


async def run_query(query):
    await asyncio.sleep(0.01 * len(query) % 3)
    print(f"query {query!r}")
    terms = parse(query)
    hits = [p["name"] for p in PRODUCTS if matches(p, terms)]
    return query, hits


async def main():
    queries = ['kettle price:<30', 'tag:garden -rose', '"red kettle"', 'RED', 'price:>=18.5 -tag:kitchen']
    for query, hits in await asyncio.gather(*map(run_query, queries)):
        print(f"{query!r:<28} -> {hits}")
    m = TERM.search('  tag:"a b" x', 1, 11)
    print(m.regs, m.pos, m.endpos, m.lastindex, m.start("field"), m.end("phrase"), m.span("op"))
    print(re.split(r"\s+", "a b  c d", maxsplit=2), re.split(",", "a,b", -1))
    print(re.sub(r"\d", "#", "a1b2c3", 2), re.subn("x", "y", "xxx", count=-1))
    print(TERM.fullmatch('-name:"x"') is not None, TERM.match("", 0), TERM.findall("a 1", 1))


asyncio.run(main())
