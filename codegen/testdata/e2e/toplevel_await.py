# notebook style: the module body awaits at top level
import asyncio

async def job(i):
    print(f"start: {i}")
    await asyncio.sleep(1)
    print(f"stop: {i}")
    return i * 10

results = await asyncio.gather(*[job(i) for i in range(3)])
print(results)
for r in results:
    if r > 5:
        break
print("r", r)
