# asyncio-semantics.md: example `join.py` (after rule Q1), verbatim.
import asyncio
async def worker(q, name):
    while True:
        v = await q.get(); print(name, "got", v)
        await asyncio.sleep(0); q.task_done(); print(name, "done", v)
async def main():
    q = asyncio.Queue()
    for i in range(3): q.put_nowait(i)
    ws = [asyncio.create_task(worker(q, f"w{i}")) for i in range(2)]
    await q.join(); print("joined")
    for w in ws: w.cancel()
    print(await asyncio.gather(*ws, return_exceptions=True))
asyncio.run(main())
