import asyncio


class Gate:
    """A feature gate whose truth test is logged, as a flag object might be."""

    def __init__(self, name, open_):
        self.name = name
        self.open = open_

    def __bool__(self):
        print(f"  check {self.name} -> {self.open}")
        return self.open

    def __repr__(self):
        return f"Gate({self.name})"


class Backlog:
    def __init__(self, name, items):
        self.name = name
        self.items = list(items)

    def __len__(self):
        print(f"  len {self.name} = {len(self.items)}")
        return len(self.items)


async def fetch(value, delay=0.01):
    await asyncio.sleep(delay)
    return value


async def route(req, beta, cache):
    if beta and await fetch(cache):
        return "beta-cached"
    if not (beta or await fetch(cache)):
        return "closed"
    if (await fetch(beta) if req % 2 else cache):
        return "odd-beta-or-cache"
    return "fallback"


async def drain(name, backlog, gate):
    handled = 0
    while gate and await fetch(backlog):
        backlog.items.pop()
        handled += 1
    print(f"  {name} handled {handled}")
    label = "busy" if (backlog or await fetch(gate)) else "idle"
    print(f"  {name} is {label}")
    return handled


async def audit(gates):
    flagged = [g.name for g in gates if g and await fetch(g)]
    print("  flagged", flagged)
    try:
        assert gates[0] and await fetch(gates[1]), "first two gates must be open"
    except AssertionError as exc:
        print("  audit failed:", exc)


def sync_checks(a, b, c):
    if (a and b) or c:
        print("  sync: some path open")
    try:
        assert a and b, "sync gates closed"
    except AssertionError as exc:
        print("  sync assert:", exc)
    inverted = not (a and b)
    print("  sync inverted", inverted)
    if (b if a else c):
        print("  sync chosen open")
    chosen = (a or b) and c
    print("  sync chosen", chosen)
    primary = a and b or c
    print("  sync primary", primary)


async def main():
    for req, (bv, cv) in enumerate([(True, True), (False, True), (True, False), (False, False)]):
        beta, cache = Gate("beta", bv), Gate("cache", cv)
        print(f"request {req}")
        print("  ->", await route(req, beta, cache))
    print("drain")
    results = await asyncio.gather(
        drain("w1", Backlog("q1", [1, 2]), Gate("w1-on", True)),
        drain("w2", Backlog("q2", [3]), Gate("w2-on", False)),
    )
    print("drained", results)
    print("audit")
    await audit([Gate("x", True), Gate("y", False), Gate("z", True)])
    await audit([Gate("p", False), Gate("q", True)])
    print("sync")
    sync_checks(Gate("a", False), Gate("b", True), Gate("c", True))
    sync_checks(Gate("a", True), Gate("b", False), Gate("c", False))


asyncio.run(main())
