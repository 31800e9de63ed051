# asyncio-semantics.md: example `shutdown.py` (after rule R3), verbatim.
import asyncio
async def main():
    loop = asyncio.get_running_loop(); n = 0
    def tick():
        nonlocal n; n += 1
        print("tick", n, sorted(t.get_name() for t in asyncio.all_tasks(loop)))
        loop.call_soon(tick)
    loop.call_soon(tick)
    print("main returns")
asyncio.run(main())
print("after run")
