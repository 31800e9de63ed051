# Background jobs that fail or are never started: asyncio reports the task
# exception nobody retrieved and the coroutine nobody awaited on stderr,
# while the program itself finishes normally.
import asyncio


async def upload(name):
    await asyncio.sleep(0.1)
    if name.endswith(".tmp"):
        raise PermissionError(f"refusing to upload {name}")
    return name


async def cleanup():
    print("cleanup ran")


def schedule_cleanup():
    cleanup()


async def main():
    ok = asyncio.create_task(upload("report.pdf"))
    asyncio.create_task(upload("scratch.tmp"))
    schedule_cleanup()
    print("uploaded", await ok)
    await asyncio.sleep(0.5)
    print("main done")


asyncio.run(main())
print("exit")
