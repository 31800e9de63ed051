import asyncio
import re

RULES = {
    "ip": r"\b(?:\d{1,3}\.){3}\d{1,3}\b",
    "user": r"user=(?P<name>\w+)",
    "path": r"(?P<path>/[\w/.-]*",
}


class RuleSet:
    def __init__(self):
        self.rules = {}
        self.hits = {}

    def add(self, name, source):
        self.rules[name] = re.compile(source)

    def scan(self, line):
        for name, pattern in self.rules.items():
            for m in pattern.finditer(line):
                self.hits.setdefault(name, []).append(m.group())


async def feed(rules, lines):
    for line in lines:
        await asyncio.sleep(0.01)
        rules.scan(line)


async def main():
    rules = RuleSet()
    for name in ("ip", "user"):
        rules.add(name, RULES[name])
    await feed(rules, ["user=ann from 10.0.0.7", "user=bob via 192.168.1.20 and 10.0.0.7"])
    print(sorted(rules.hits.items()))
    try:
        re.sub(r"(\w+)", r"\2", "x")
    except re.error as e:
        print("template:", e)
    print("loading path rule")
    rules.add("path", RULES["path"])


asyncio.run(main())
