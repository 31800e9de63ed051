# asyncio-semantics.md: example `queue.py` (after rule Q1), verbatim.
import asyncio
async def getter(q, n): print(n, "got", await q.get())
async def main():
    q = asyncio.Queue()
    ts = [asyncio.create_task(getter(q, n)) for n in ("g1", "g2")]
    await asyncio.sleep(0)
    q.put_nowait("a"); q.put_nowait("b"); await asyncio.gather(*ts)
    try: q.get_nowait()
    except asyncio.QueueEmpty as e: print("QueueEmpty", repr(e))
    f = asyncio.Queue(1); f.put_nowait(1)
    try: f.put_nowait(2)
    except asyncio.QueueFull as e: print("QueueFull", repr(e))
    print(str(f), f.qsize(), f.full())
asyncio.run(main())
