import asyncio
from collections import namedtuple
from enum import Flag, IntFlag, auto


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    ADMIN = auto()
    STAFF = READ | WRITE


class Mode(IntFlag):
    QUIET = 1
    VERBOSE = 2
    DRY_RUN = 4


Result = namedtuple("Result", "plugin status detail", defaults=["-"])


class Plugin:
    """Base class: subclasses define run_* coroutines."""
    requires = Perm.READ

    def __init__(self, mode=Mode(0)):
        self.mode = mode

    def commands(self):
        cls = type(self)
        names = []
        for klass in cls.__mro__:
            for name, value in vars(klass).items():
                if name.startswith("run_") and callable(value) and name not in names:
                    names.append(name)
        return sorted(names)


class Backup(Plugin):
    requires = Perm.READ | Perm.WRITE

    async def run_save(self):
        await asyncio.sleep(0.02)
        return "saved"

    async def run_verify(self):
        await asyncio.sleep(0.01)
        return "verified"


class Admin(Backup):
    requires = Perm.ADMIN

    async def run_purge(self):
        await asyncio.sleep(0.01)
        if Mode.DRY_RUN in self.mode:
            return "would purge"
        raise PermissionError("purge refused")


async def run_plugin(plugin, granted):
    name = type(plugin).__name__
    if plugin.requires & granted != plugin.requires:
        missing = plugin.requires & ~granted
        return [Result(name, "denied", f"missing {missing}")]
    results = []
    for cmd in plugin.commands():
        try:
            detail = await getattr(plugin, cmd)()
            results.append(Result(name, "ok", f"{cmd}: {detail}"))
        except PermissionError as e:
            results.append(Result(name, "error", str(e)))
    return results


async def main():
    print(list(Plugin.__dict__))
    print(sorted(k for k in Backup.__dict__ if not k.startswith("__")), "run_save" in vars(Backup))
    print(Plugin.__dict__["__doc__"], Backup.__dict__["requires"], Admin.__dict__.get("run_save"))
    try:
        Plugin.__dict__["requires"] = Perm.ADMIN
    except TypeError as e:
        print("TypeError:", e)
    print(list(Perm), Perm.STAFF, Perm.READ | Perm.WRITE, repr(Perm.ADMIN | Perm.READ), Perm(0), bool(Perm(0)))
    print(Mode.VERBOSE | Mode.DRY_RUN, repr(Mode.QUIET | Mode.DRY_RUN), Mode(6) & Mode.VERBOSE, int(Mode.DRY_RUN))
    users = {"ann": Perm.STAFF, "root": Perm.STAFF | Perm.ADMIN, "guest": Perm.READ}
    plugins = [Backup(), Admin(Mode.DRY_RUN | Mode.VERBOSE), Admin()]
    for user, granted in users.items():
        batches = await asyncio.gather(*(run_plugin(p, granted) for p in plugins))
        print(f"{user} ({granted}):")
        for r in (r for batch in batches for r in batch):
            print("   ", r, r._asdict()["status"])
    summary = {}
    for batch in await asyncio.gather(*(run_plugin(p, Perm.STAFF | Perm.ADMIN) for p in plugins)):
        for r in batch:
            summary.setdefault(r.status, []).append(r.detail)
    print(summary)
    try:
        Perm(16)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
