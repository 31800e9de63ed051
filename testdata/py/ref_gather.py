# asyncio-semantics.md: example `gather.py` (after rule G6), verbatim.
import asyncio
async def w(name, d, fail=False):
    print("start", name); await asyncio.sleep(d)
    if fail: raise ValueError(name)
    print("end", name); return name
async def main():
    print(await asyncio.gather(w("a", .03), w("b", .01), w("c", .02)))
    print(await asyncio.gather(w("d", .02), w("e", .01, True), return_exceptions=True))
    try: await asyncio.gather(w("f", .02), w("g", .01, True))
    except ValueError as e: print("caught", repr(e))
    await asyncio.sleep(.03); print(await asyncio.gather())
asyncio.run(main())
