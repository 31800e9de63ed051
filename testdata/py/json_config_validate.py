"""Loading service configs concurrently: hooks that reject duplicate keys, turn objects into
records and keep numbers exact, plus the encoder's own errors."""
import asyncio
import json
from collections import OrderedDict

CONFIGS = [
    ("db", '{"host": "db.local", "port": 5432, "timeout": 2.50, "replicas": [1, 2]}'),
    ("cache", '{"host": "cache", "ttl": 300, "ttl": 600}'),
    ("api", '{"routes": {"/a": 1, "/b": 2}, "rate": 1.1e3, "debug": false, "limits": {"burst": NaN}}'),
    ("bad", '{"name": "x", "tabs": "a\tb"}'),
    ("ctrl", '{"name": "x\x00y"}'),
    ("esc", '{"path": "C:\\\\temp\\\\new", "bad": "\\q"}'),
    ("neg", '{"min": -Infinity, "max": Infinity, "step": -0, "ratio": 2.5E-3}'),
]


class DuplicateKey(ValueError):
    pass


def no_duplicates(pairs):
    seen = {}
    for key, value in pairs:
        if key in seen:
            raise DuplicateKey(f"duplicate key {key!r}: {seen[key]!r} then {value!r}")
        seen[key] = value
    return seen


class Record:
    def __init__(self, fields):
        self.__dict__.update(fields)

    def __repr__(self):
        return "Record(" + ", ".join(f"{k}={v!r}" for k, v in sorted(vars(self).items())) + ")"


async def load(name, text, decode=json.loads):
    await asyncio.sleep(0.05)
    return name, decode(text)


async def main():
    results = await asyncio.gather(*(load(n, t, lambda s: json.loads(s, object_pairs_hook=no_duplicates)) for n, t in CONFIGS),
                                   return_exceptions=True)
    for (name, _), res in zip(CONFIGS, results):
        if isinstance(res, Exception):
            print(f"{name}: {type(res).__name__}: {res}")
        else:
            print(f"{name}: {res[1]}")

    _, strict_off = await load("bad", CONFIGS[3][1], lambda s: json.loads(s, strict=False))
    print("strict=False keeps the tab:", repr(strict_off["tabs"]))
    _, rec = await load("db", CONFIGS[0][1], lambda s: json.loads(s, object_hook=Record))
    print(rec, rec.port + 1)
    _, exact = await load("db", CONFIGS[0][1],
                          lambda s: json.loads(s, parse_float=str, parse_int=lambda n: int(n) * 1000))
    print("exact:", exact)
    _, ordered = await load("api", CONFIGS[2][1], lambda s: json.loads(
        s, object_pairs_hook=lambda pairs: OrderedDict(pairs), parse_constant=lambda c: f"<{c}>"))
    print("ordered:", ordered)
    print("dumped:", json.dumps(ordered))

    cyclic = {"name": "loop"}
    cyclic["self"] = cyclic
    problems = [
        ("circular", lambda: json.dumps(cyclic)),
        ("circular list", lambda: json.dumps([1, [2, cyclic]], indent=2)),
        ("nan", lambda: json.dumps({"x": float("nan")}, allow_nan=False)),
        ("nan indented", lambda: json.dumps([float("inf")], allow_nan=False, indent=1)),
        ("tuple key", lambda: json.dumps({("a", 1): 2})),
        ("mixed keys sorted", lambda: json.dumps({1: "a", "b": 2}, sort_keys=True)),
        ("bytes-like", lambda: json.dumps(range(3))),
        ("not a str", lambda: json.loads(42)),
    ]
    for label, fn in problems:
        try:
            fn()
        except (ValueError, TypeError) as exc:
            print(f"{label}: {type(exc).__name__}: {exc}")
    print(json.dumps({(1, 2): "skipped", "kept": True, 3: None, 2.5: "f", None: 0, False: 1}, skipkeys=True))
    print(json.dumps({"b": [1, 2], "a": {"y": 1, "x": 2}}, sort_keys=True, indent=0))
    print(json.dumps(list(range(3)), separators=(" , ", " = ")), json.dumps("\"quoted\"\n\\"))


asyncio.run(main())
