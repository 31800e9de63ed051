# A small inventory sync: awaits inside for/with targets, multi-slice
# subscripts and f-string format specs, with every store and lookup logged.
import asyncio


class Ledger:
    def __init__(self, name):
        self.name = name
        self.rows = {}

    def __setitem__(self, key, value):
        print(f"  {self.name}[{key!r}] = {value!r}")
        self.rows[key] = value

    def __getitem__(self, key):
        print(f"  {self.name}[{key!r}] read")
        return key


class Session:
    def __init__(self, name, fail=False):
        self.name = name
        self.fail = fail

    async def __aenter__(self):
        await asyncio.sleep(0.01)
        print(f"  open {self.name}")
        if self.fail:
            raise ConnectionError(self.name)
        return f"conn:{self.name}"

    async def __aexit__(self, typ, exc, tb):
        print(f"  close {self.name} ({typ.__name__ if typ else 'ok'})")
        return False


async def slot(name):
    await asyncio.sleep(0.005)
    print(f"  slot {name}")
    return name


async def width(n):
    await asyncio.sleep(0)
    return n


async def sync_inventory(ledger, items):
    print("sync:")
    for ledger[await slot("latest")] in items:
        print(f"  counted {ledger.rows['latest']}")
    async with Session("db") as ledger[await slot("db")], Session("cache") as ledger[await slot("cache")]:
        print(f"  sessions {sorted(ledger.rows)}")
    window = ledger[0:await width(2), ::await width(3)]
    print(f"  window {window}")
    for name, count in [("bolts", 12), ("nuts", 7)]:
        print(f"  |{name:<{await width(6)}}|{count:>{await width(4)}}|")


async def flaky(ledger):
    try:
        async with Session("replica", fail=True) as ledger[await slot("replica")]:
            print("  unreachable")
    except ConnectionError as e:
        print(f"  replica down: {e}")
    try:
        async with Session("backup") as ledger[await slot("backup")][0]:
            print("  unreachable")
    except TypeError as e:
        print(f"  bad target: {e}")


async def main():
    ledger = Ledger("inv")
    await asyncio.gather(sync_inventory(ledger, ["a", "b"]), flaky(Ledger("aux")))
    print(sorted(ledger.rows.items()))


asyncio.run(main())
