import asyncio
import re

SECRET = re.compile(r"(?P<key>password|token|api_key)\s*[=:]\s*(?P<value>\S+)", re.IGNORECASE)
CARD = re.compile(r"\b(\d{4})[- ]?(\d{4})[- ]?(\d{4})[- ]?(\d{4})\b")
EMAIL = re.compile(r"([\w.]+)@([\w.]+)")


class Redactor:
    def __init__(self):
        self.counts = {}

    def _count(self, kind):
        self.counts[kind] = self.counts.get(kind, 0) + 1

    def secret(self, m):
        self._count(m.group("key").lower())
        return f"{m['key']}=<{len(m['value'])} chars>"

    def card(self, m):
        self._count("card")
        return "****-****-****-" + m.group(4)

    async def redact(self, line):
        await asyncio.sleep(0.001)
        line = SECRET.sub(self.secret, line)
        line = CARD.sub(self.card, line)
        line, n = EMAIL.subn(r"\1@<hidden>", line)
        if n:
            self._count("email")
        return line


async def main():
    r = Redactor()
    lines = [
        "login user=ann password=hunter2 from 10.0.0.1",
        "TOKEN: abc.def.ghi sent to bob@example.com and eve@corp.net",
        "charge 4111 1111 1111 1234 ok, card 5500-0000-0000-0004 declined",
        "nothing to hide here",
        "Api_Key = 12345 ; password:  swordfish",
    ]
    results = await asyncio.gather(*(r.redact(line) for line in lines))
    for line in results:
        print(line)
    print(sorted(r.counts.items()))
    print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@home you@work"))
    print(re.sub(r"(?P<word>\b\w{5,}\b)", r"<\g<word>>", "short and lengthy words matter"))
    print(re.sub(r"a|(b)", r"[\1]", "abcab"))
    print(re.subn(r"\s+", " ", "  too   many    spaces  "))
    print(re.sub(r"x*", "-", "abc"), re.sub("o", "0", "foo boo", count=2))
    m = re.search(r"(\d+)-(\d+)", "range 10-20")
    print(m.expand(r"from \1 to \2"), m.expand(r"\g<2>\g<1>"))
    counter = {"n": 0}

    def number(m):
        counter["n"] += 1
        return f"{m.group(0).upper()}#{counter['n']}"

    print(re.sub(r"\b[a-z]", number, "the quick brown fox"), counter)


asyncio.run(main())
