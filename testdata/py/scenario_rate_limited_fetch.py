# Fake downloads with seeded random latencies, at most three at a time, reported in completion
# order with as_completed.
import asyncio
import random

sem = None

async def fetch(index, url):
    async with sem:
        delay = random.randint(1, 9) / 10 + index * 0.013
        print(f"start {url} (takes {delay:.3f}s)")
        await asyncio.sleep(delay)
        return url, len(url) * 100

async def main():
    global sem
    sem = asyncio.Semaphore(3)
    urls = [f"https://example.com/{name}" for name in ["a", "bb", "ccc", "dddd", "ee", "f"]]
    tasks = [asyncio.create_task(fetch(i, u)) for i, u in enumerate(urls)]
    for fut in asyncio.as_completed(tasks):
        url, size = await fut
        print(f"{asyncio.get_running_loop().time():.3f} done {url}: {size} bytes")
    print(sorted(t.result()[1] for t in tasks))

asyncio.run(main())
