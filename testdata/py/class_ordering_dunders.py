"""Versions and releases with __eq__/__hash__/__lt__ (and total_ordering),
sorted, deduplicated in sets, used as dict keys and compared across types."""
import asyncio
import functools


@functools.total_ordering
class Version:
    def __init__(self, text):
        parts = text.split(".")
        if not all(p.isdigit() for p in parts):
            raise ValueError(f"invalid version {text!r}")
        self.parts = tuple(int(p) for p in parts)

    def _key(self):
        parts = list(self.parts)
        while parts and parts[-1] == 0:
            parts.pop()
        return tuple(parts)

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._key() == other._key()

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._key() < other._key()

    def __hash__(self):
        return hash(self._key())

    def __repr__(self):
        return f"Version('{'.'.join(map(str, self.parts))}')"

    def __str__(self):
        return "v" + ".".join(map(str, self.parts))


class Release:
    def __init__(self, name, version, downloads=0):
        self.name = name
        self.version = Version(version)
        self.downloads = downloads

    def __repr__(self):
        return f"<{self.name} {self.version}>"

    def __eq__(self, other):
        return isinstance(other, Release) and (self.name, self.version) == (other.name, other.version)


async def fetch_releases(name):
    await asyncio.sleep(0.01)
    table = {
        "core": [("1.10", 50), ("1.2", 700), ("1.2.0", 5), ("2.0", 10), ("1.9.9", 90)],
        "cli": [("0.1", 3), ("0.10", 8), ("bad.1", 0)],
    }
    out = []
    for v, d in table[name]:
        try:
            out.append(Release(name, v, d))
        except ValueError as e:
            print("skipping:", e)
    return out


async def main():
    core, cli = await asyncio.gather(fetch_releases("core"), fetch_releases("cli"))
    print(sorted(r.version for r in core))
    print(sorted(core, key=lambda r: (r.version, -r.downloads)))
    print(max(core, key=lambda r: r.version), min(cli, key=lambda r: r.version))
    print(len({r.version for r in core}), Version("1.2") in {Version("1.2.0.0")})
    by_version = {}
    for r in core:
        by_version.setdefault(r.version, []).append(r.downloads)
    print(by_version)
    a, b = Version("1.2"), Version("1.10")
    print(a < b, a <= b, a > b, a >= b, a == Version("1.2.0"), a != b)
    print(Version("3") == "3", Version("3") != 3)
    try:
        Version("1") < "2"
    except TypeError as e:
        print("TypeError:", e)
    print(Release("x", "1.0") == Release("x", "1"), Release("x", "1") in cli)
    try:
        {Release("x", "1")}
    except TypeError as e:
        print("TypeError:", e)
    print(Release.__hash__, hash(Version("2.0")) == hash(Version("2")))
    print(str(a), repr(a), f"{b!s:>8}|{b!r}")


asyncio.run(main())
