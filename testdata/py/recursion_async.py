# RecursionError in asyncio code: a chain of awaited coroutines that never ends (a resolver that
# follows a cyclic chain of redirects), the same chain in a task, in a coroutine that awaits inside
# an except clause, a sync recursion run from a call_soon callback and from a task, a lowered limit
# inside a running loop, and an uncaught RecursionError from a task awaited by main.
import asyncio
import sys

REDIRECTS = {"/a": "/b", "/b": "/c", "/c": "/a", "/home": None}
hops = 0


async def follow(path, n=0):
    global hops
    hops = n
    target = REDIRECTS[path]
    if target is None:
        return path
    await asyncio.sleep(0) if n == 0 else None
    return await follow(target, n + 1)


async def follow_logged(path, n=0):
    global hops
    hops = n
    try:
        return await follow_logged(REDIRECTS[path], n + 1)
    except KeyError:
        await asyncio.sleep(0)
        return "missing"


def count_down(n):
    global hops
    hops = n
    return count_down(n + 1)


def callback(results):
    try:
        count_down(1)
    except RecursionError as e:
        results.append(("callback", hops, str(e)))


async def sync_in_task():
    try:
        count_down(1)
    except RecursionError as e:
        return hops


async def main():
    print("home ->", await follow("/home"))
    try:
        await follow("/a")
    except RecursionError as e:
        print("awaited chain: RecursionError after", hops, "hops:", e)
    task = asyncio.create_task(follow("/b"))
    try:
        await task
    except RecursionError as e:
        print("task chain: after", hops, "hops, task done:", task.done())
    try:
        await follow_logged("/a")
    except RecursionError as e:
        print("logged chain: after", hops, "hops")
    results = []
    asyncio.get_running_loop().call_soon(callback, results)
    await asyncio.sleep(0)
    print("results", results)
    print("sync recursion in a task reached", await asyncio.create_task(sync_in_task()))
    sys.setrecursionlimit(200)
    try:
        await follow("/c")
    except RecursionError:
        print("limit 200: after", hops, "hops")
    sys.setrecursionlimit(1000)
    gathered = await asyncio.gather(follow("/a"), follow("/home"), return_exceptions=True)
    print("gathered", [type(g).__name__ for g in gathered])
    await asyncio.create_task(follow("/a"))


asyncio.run(main())
