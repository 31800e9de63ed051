# Notebook style: top-level await runs the module body as the main coroutine of asyncio.run().
import asyncio

async def fetch(n):
    await asyncio.sleep(0.01 * n)
    return n * n

print("module body runs in", asyncio.current_task().get_name())
task = asyncio.create_task(fetch(3))
print(await fetch(1))
results = await asyncio.gather(fetch(2), task)
print(results, task.get_name())
for i in range(2):
    print("loop", i, await fetch(i))
