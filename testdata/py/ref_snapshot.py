# asyncio-semantics.md: example `snapshot.py` (after rule L3), verbatim.
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    def cb(name, depth):
        print(name)
        if depth: loop.call_soon(cb, name + "'", depth - 1)
    loop.call_soon(cb, "a", 2); loop.call_soon(cb, "b", 1)
    await asyncio.sleep(0); print("main 1")
    await asyncio.sleep(0); print("main 2")
asyncio.run(main())
