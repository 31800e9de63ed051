# asyncio-semantics.md: example `names.py` (after rule N1), verbatim.
import asyncio
async def f(): pass
async def main():
    loop = asyncio.get_running_loop()
    print(asyncio.current_task().get_name())
    a = asyncio.create_task(f(), name="custom")   # still consumes a number
    b = loop.create_task(f(), name="custom2")     # does not
    c = asyncio.create_task(f())
    g = asyncio.gather(f(), f())                  # two tasks
    d = asyncio.create_task(f())
    print(a.get_name(), b.get_name(), c.get_name(), d.get_name()); await g
asyncio.run(main())
asyncio.run(main())
