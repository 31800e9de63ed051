# Feature gates whose truth is logged: each `and`/`or` operand's __bool__
# must run once, even when an await sits inside a nested boolean operator.
import asyncio


class Gate:
    def __init__(self, name, open_):
        self.name = name
        self.open = open_

    def __bool__(self):
        print(f"  check {self.name} -> {self.open}")
        return self.open

    def __repr__(self):
        return f"Gate({self.name})"


class FlagStore:
    def __init__(self, flags):
        self.flags = flags
        self.reads = 0

    async def fetch(self, name):
        await asyncio.sleep(0.01)
        self.reads += 1
        return Gate(name, self.flags.get(name, False))


async def decide(store, user, beta, admin):
    print(f"decide for {user}:")
    # or inside and: a true `beta` goes straight on to `admin`.
    allowed = (beta or await store.fetch("rollout")) and admin
    print(f"  allowed = {allowed!r}")
    # and inside or: a false `beta` goes straight on to the fallback.
    mode = (beta and await store.fetch("new_ui")) or Gate("classic", True)
    print(f"  mode = {mode!r}")
    # three operands, the await last
    strict = beta and admin and await store.fetch("strict")
    print(f"  strict = {strict!r}")
    # the nested operator on its own line is not threaded by CPython
    audit = (
        beta
        or await store.fetch("audit")
    ) and Gate("log", True)
    print(f"  audit = {audit!r}")
    if (beta or await store.fetch("banner")) and not admin:
        print("  show banner")
    return allowed


async def worker(store, user, beta, admin, results):
    try:
        results[user] = await decide(store, user, beta, admin)
        if not (await store.fetch(user) or beta):
            raise PermissionError(user)
    except PermissionError as e:
        print(f"denied: {e}")


async def main():
    store = FlagStore({"rollout": True, "new_ui": True, "strict": False, "audit": True, "ada": True})
    results = {}
    await worker(store, "ada", Gate("beta:ada", True), Gate("admin:ada", True), results)
    await worker(store, "bob", Gate("beta:bob", False), Gate("admin:bob", False), results)
    tasks = [
        asyncio.create_task(worker(store, "cy", Gate("beta:cy", False), Gate("admin:cy", True), results)),
        asyncio.create_task(worker(store, "di", Gate("beta:di", True), Gate("admin:di", False), results)),
    ]
    await asyncio.gather(*tasks)
    print(sorted((k, repr(v)) for k, v in results.items()))
    print("flag reads:", store.reads)


asyncio.run(main())
