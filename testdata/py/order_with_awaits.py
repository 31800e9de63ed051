# Plain context managers around code that awaits: a timing scope and an
# error-suppressing scope, entered and exited around suspensions, several
# items in one statement, a return from inside, and exceptions raised
# after an await that __exit__ sees (and sometimes swallows).
import asyncio


class Scope:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        print(f"enter {self.name}")
        return self

    def __exit__(self, typ, exc, tb):
        print(f"exit {self.name}: {typ.__name__ if typ else None} {exc!r}")
        return self.swallow


async def step(label, fail=False):
    await asyncio.sleep(0.01)
    if fail:
        raise ValueError(label)
    return label.upper()


async def worker(name):
    with Scope(name + "-outer") as outer, Scope(name + "-inner", swallow=True):
        print(outer.name, "got", await step(name))
        await step(name + " boom", fail=True)
        print("not reached")
    with Scope(name + "-ret"):
        return await step(name + " done")


async def failing():
    with Scope("strict"):
        await step("before")
        raise KeyError("strict failure")


async def main():
    print(await asyncio.gather(worker("a"), worker("b")))
    try:
        await failing()
    except KeyError as e:
        print("propagated", repr(e))
    lines = []
    for i in range(3):
        with Scope(f"loop{i}", swallow=i == 1):
            lines.append(await step(f"item{i}", fail=i == 1))
    print(lines)


asyncio.run(main())
