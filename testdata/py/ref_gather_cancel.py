# asyncio-semantics.md: example `gather_cancel.py` (after rule G6), verbatim.
import asyncio
async def w(name):
    try: await asyncio.sleep(1)
    except asyncio.CancelledError: print(name, "cancelled"); raise
async def main():
    g = asyncio.gather(w("a"), w("b"))
    await asyncio.sleep(0); print("cancel ->", g.cancel("bye"))
    try: await g
    except asyncio.CancelledError as e: print("awaiter got", repr(e), "g.cancelled() =", g.cancelled())
    t = asyncio.create_task(w("c")); g = asyncio.gather(t, asyncio.sleep(0.01, "ok"))
    await asyncio.sleep(0); t.cancel()
    try: await g
    except asyncio.CancelledError as e: print("child cancelled -> awaiter got", repr(e))
asyncio.run(main())
