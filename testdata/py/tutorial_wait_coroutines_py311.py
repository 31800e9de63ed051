"""An older tutorial's asyncio.wait example, run on Python 3.11.

Up to 3.10 asyncio.wait() wrapped bare coroutines in tasks (with a
DeprecationWarning); 3.11 refuses them. The first half uses tasks, as the
docs now ask; the second half is the old code, which crashes.
"""
import asyncio
import random
import traceback


async def download(site: str) -> str:
    delay = round(random.uniform(0.1, 0.8), 2)
    await asyncio.sleep(delay)
    return f"{site} ({delay}s)"


async def main() -> None:
    random.seed(311)
    sites = ["python.org", "docs.python.org", "pypi.org", "realpython.com"]

    tasks = [asyncio.create_task(download(s), name=s) for s in sites]
    done, pending = await asyncio.wait(tasks, timeout=0.5)
    print(f"after 0.5s: {len(done)} done, {len(pending)} pending")
    for t in sorted(done, key=lambda t: t.get_name()):
        print("  finished:", t.result())
    done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
    print("next one:", [t.result() for t in done])
    if pending:
        await asyncio.wait(pending)

    try:
        await asyncio.wait(set())
    except ValueError:
        print("empty set of tasks:")
        traceback.print_exc()

    # The 3.10-era version of the same loop: coroutines, not tasks.
    done, pending = await asyncio.wait([download(s) for s in sites])
    print("never printed on 3.11:", len(done))


if __name__ == "__main__":
    asyncio.run(main())
