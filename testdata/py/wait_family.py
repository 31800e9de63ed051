# asyncio.wait (FIRST_COMPLETED, ALL_COMPLETED, timeout), wait_for, as_completed and shield.
import asyncio

async def job(name, delay):
    await asyncio.sleep(delay)
    print("job", name, "done")
    return name

async def main():
    tasks = [asyncio.create_task(job(n, d)) for n, d in [("a", 0.03), ("b", 0.01), ("c", 0.02)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("first completed:", [t.result() for t in done], "pending:", len(pending))
    done, pending = await asyncio.wait(tasks, timeout=0.015)
    print("after timeout:", sorted(t.result() for t in done), "pending:", len(pending))
    done, pending = await asyncio.wait(tasks)
    print("all:", sorted(t.result() for t in done), len(pending))

    print("wait_for ok:", await asyncio.wait_for(job("d", 0.01), timeout=1))
    try:
        await asyncio.wait_for(job("e", 1), timeout=0.01)
    except asyncio.TimeoutError:
        print("wait_for timed out")

    ordered = [asyncio.create_task(job(n, d)) for n, d in [("x", 0.03), ("y", 0.01), ("z", 0.02)]]
    for fut in asyncio.as_completed(ordered):
        print("as_completed ->", await fut)

    inner = asyncio.create_task(job("shielded", 0.02))
    try:
        await asyncio.wait_for(asyncio.shield(inner), 0.01)
    except TimeoutError:
        print("shield timed out, inner done:", inner.done())
    print("inner result:", await inner)

asyncio.run(main())
