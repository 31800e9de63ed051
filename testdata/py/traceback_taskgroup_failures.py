import asyncio
import sys
import traceback


class QuotaExceeded(Exception):
    pass


async def upload(name, size):
    await asyncio.sleep(size / 100)
    if size > 50:
        raise QuotaExceeded(f"{name}: {size} MB is over quota")
    if name.endswith(".tmp"):
        raise ValueError(f"refusing temporary file {name}")
    return f"{name} stored"


async def upload_all(files):
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(upload(n, s)) for n, s in files]
    return [t.result() for t in tasks]


def summarize(exc):
    lines = traceback.format_exception_only(exc)
    return lines[-1].strip()


async def main():
    print(await upload_all([("a.txt", 10), ("b.txt", 20)]))
    try:
        await upload_all([("big.iso", 70), ("scratch.tmp", 5), ("ok.txt", 1)])
    except* QuotaExceeded as group:
        print("quota problems:", summarize(group))
        for exc in group.exceptions:
            traceback.print_exception(exc, file=sys.stdout)
    except* ValueError as group:
        print("bad files:", [str(e) for e in group.exceptions])
        print("".join(traceback.format_exception(group.exceptions[0], limit=1)), end="")

    task = asyncio.create_task(upload("late.bin", 90))
    await asyncio.sleep(1)
    exc = task.exception()
    print("task failed with", type(exc).__name__)
    print("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)), end="")
    tb = exc.__traceback__
    while tb is not None:
        print("tb line", tb.tb_lineno)
        tb = tb.tb_next


asyncio.run(main())
