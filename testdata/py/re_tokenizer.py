import asyncio
import re

TOKEN_SPEC = [
    ("NUMBER", r"\d+(?:\.\d*)?"),
    ("NAME", r"[A-Za-z_]\w*"),
    ("OP", r"\*\*|[-+*/()=]"),
    ("SKIP", r"[ \t]+"),
    ("MISMATCH", r"."),
]
MASTER = re.compile("|".join(f"(?P<{name}>{pat})" for name, pat in TOKEN_SPEC))


def tokenize(text):
    tokens = []
    for m in MASTER.finditer(text):
        kind = m.lastgroup
        value = m.group()
        if kind == "SKIP":
            continue
        if kind == "MISMATCH":
            raise SyntaxError(f"unexpected {value!r} at column {m.start()}")
        if kind == "NUMBER":
            value = float(value) if "." in value else int(value)
        tokens.append((kind, value))
    return tokens


class Parser:
    def __init__(self, tokens, env):
        self.tokens = tokens
        self.pos = 0
        self.env = env

    def peek(self):
        return self.tokens[self.pos][1] if self.pos < len(self.tokens) else None

    def take(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def expr(self):
        value = self.term()
        while self.peek() in ("+", "-"):
            op = self.take()[1]
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value

    def term(self):
        value = self.power()
        while self.peek() in ("*", "/"):
            op = self.take()[1]
            rhs = self.power()
            value = value * rhs if op == "*" else value / rhs
        return value

    def power(self):
        base = self.atom()
        if self.peek() == "**":
            self.take()
            return base ** self.power()
        return base

    def atom(self):
        kind, value = self.take()
        if kind == "NUMBER":
            return value
        if kind == "NAME":
            return self.env[value]
        if value == "(":
            v = self.expr()
            self.take()
            return v
        if value == "-":
            return -self.atom()
        raise SyntaxError(f"unexpected token {value!r}")


async def evaluate(line, env):
    await asyncio.sleep(0)
    name, _, expression = line.rpartition("=")
    tokens = tokenize(expression)
    value = Parser(tokens, env).expr()
    if name.strip():
        env[name.strip()] = value
    return tokens, value


async def main():
    env = {"pi": 3.14159}
    program = [
        "r = 2",
        "area = pi * r ** 2",
        "total = (area + 10) / 4",
        "x = total - -3",
        "y = 3 $ 4",
        "z = unknown + 1",
    ]
    for line in program:
        try:
            tokens, value = await evaluate(line, env)
            print(f"{line:<24} -> {value!r} ({len(tokens)} tokens)")
        except SyntaxError as e:
            print(f"{line:<24} !! SyntaxError: {e}")
        except KeyError as e:
            print(f"{line:<24} !! undefined name {e}")
    print(tokenize("a**2 + 4.5*b"))
    print(MASTER.pattern)
    print(sorted(MASTER.groupindex.items()))


asyncio.run(main())
