"""A watchdog reports where slow request handlers are stuck (Task.print_stack) and
dumps the traceback of the ones that failed, to a log stream and to stderr."""
import asyncio
import io
import sys


class Backend:
    async def query(self, sql, delay):
        await asyncio.sleep(delay)
        if "DROP" in sql:
            raise PermissionError(f"refused: {sql}")
        return len(sql)


async def handler(backend, request_id, sql, delay):
    rows = await backend.query(sql, delay)
    return f"req-{request_id}: {rows} rows"


async def idle_forever():
    while True:
        await asyncio.sleep(10)


async def watchdog(tasks, after):
    await asyncio.sleep(after)
    log = io.StringIO()
    for t in tasks:
        if not t.done():
            t.print_stack(file=log)
        elif not t.cancelled() and t.exception() is not None:
            t.print_stack(file=log)
            t.print_stack(limit=1, file=log)
        else:
            t.print_stack(limit=0, file=log)
    return log.getvalue()


async def main():
    backend = Backend()
    jobs = [("SELECT 1", 0.01), ("DROP TABLE users", 0.02), ("SELECT * FROM big", 5)]
    tasks = [asyncio.create_task(handler(backend, i, sql, d), name=f"req-{i}") for i, (sql, d) in enumerate(jobs)]
    idle = asyncio.create_task(idle_forever(), name="idler")
    fresh = asyncio.create_task(handler(backend, 9, "SELECT 9", 0), name="fresh")
    fresh.print_stack(file=sys.stdout)
    report = await watchdog(tasks + [idle], after=0.5)
    print(report, end="")
    idle.print_stack()
    for t in tasks + [idle, fresh]:
        t.cancel()
    results = await asyncio.gather(*tasks, idle, fresh, return_exceptions=True)
    for r in results:
        print(type(r).__name__, r)
    tasks[2].print_stack(file=sys.stdout)


asyncio.run(main())
