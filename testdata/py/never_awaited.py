# A coroutine called without await never runs; CPython warns on stderr (RuntimeWarning ... was
# never awaited) while stdout continues. Only stdout and the status are compared.
import asyncio

async def forgotten(n):
    print("never printed", n)

async def main():
    for i in range(2):
        forgotten(i)
        print("loop", i)
    c = forgotten(9)
    print("created", type(c).__name__, asyncio.iscoroutine(c))
    del c
    print("deleted")
    await forgotten(10)

asyncio.run(main())
