# gather: argument-order results, return_exceptions, first exception propagating while siblings
# keep running, an empty gather.
import asyncio

async def job(name, delay, fail=False):
    print("start", name)
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f"{name} failed")
    print("end", name)
    return name.upper()

async def main():
    print(await asyncio.gather(job("a", 0.03), job("b", 0.01), job("c", 0.02)))
    res = await asyncio.gather(job("d", 0.02), job("e", 0.01, True), return_exceptions=True)
    print(res, [type(r).__name__ for r in res])
    try:
        await asyncio.gather(job("f", 0.02), job("g", 0.01, True))
    except ValueError as e:
        print("caught", repr(e))
    await asyncio.sleep(0.03)
    print(await asyncio.gather())
    t = asyncio.create_task(job("h", 0.01))
    print(await asyncio.gather(t, t, job("i", 0)))

asyncio.run(main())
