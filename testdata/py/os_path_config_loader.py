import asyncio
import os
import os.path


DEFAULTS = {"APP_HOME": "/srv/app", "APP_WORKERS": "4"}


def resolve(name):
    home = os.environ.get("APP_HOME", DEFAULTS["APP_HOME"])
    base, ext = os.path.splitext(name)
    if not ext:
        name = base + ".toml"
    return os.path.join(home, "conf.d", name)


async def load(name):
    path = resolve(name)
    await asyncio.sleep(0.01)
    return os.path.basename(path), os.path.dirname(path), os.path.exists(path)


async def main():
    for key, value in DEFAULTS.items():
        print(key, "->", os.environ.setdefault(key, value))
    os.environ["APP_HOME"] = "/opt/service"
    print(os.getenv("APP_HOME"), os.getenv("APP_MISSING_VAR"), os.environ.get("APP_MISSING_VAR", "n/a"))
    results = await asyncio.gather(*(load(n) for n in ["db", "cache.ini", ".hidden", "nested/queue"]))
    for base, parent, exists in results:
        print(f"{base:12} {parent:30} {exists}")
    print(os.path.join("/a", ""), os.path.join("a", "b/", "c"), os.path.split("file.txt"), os.path.split("/"))
    print(os.path.splitext("/x.d/file"), os.path.splitext("name."), os.path.dirname("rel"), os.path.basename("/end/"))
    print(os.path.isdir("/"), os.path.isfile("/"), os.sep, os.linesep == "\n", os.name)
    workers = int(os.environ["APP_WORKERS"])
    print("workers", workers, isinstance(os.cpu_count(), int), os.getpid() > 0)
    popped = os.environ.pop("APP_WORKERS")
    print("popped", popped, "APP_WORKERS" in os.environ)
    try:
        os.environ["APP_WORKERS"]
    except KeyError as exc:
        print("KeyError", exc)
    try:
        os.path.join("a", 3)
    except TypeError as exc:
        print("TypeError", exc)
    try:
        os.environ.setdefault("APP_BAD", 7)
    except TypeError as exc:
        print("TypeError", exc)


asyncio.run(main())
