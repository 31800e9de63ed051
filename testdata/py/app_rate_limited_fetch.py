import asyncio
import random
import time


class RateLimiter:
    def __init__(self, rate):
        self._sem = asyncio.Semaphore(rate)
        self.calls = 0

    async def __aenter__(self):
        await self._sem.acquire()
        self.calls += 1
        return self

    async def __aexit__(self, exc_type, exc, tb):
        self._sem.release()
        return False


class FetchError(Exception):
    def __init__(self, url, code):
        super().__init__(f"{url} -> {code}")
        self.url = url
        self.code = code


async def fetch(limiter, url):
    async with limiter:
        await asyncio.sleep(random.uniform(0.1, 0.5))
        if url.endswith("3"):
            raise FetchError(url, 503)
        return {"url": url, "len": len(url) * 10}


def summarize(results):
    ok = [r for r in results if isinstance(r, dict)]
    bad = [r for r in results if isinstance(r, Exception)]
    return sum(r["len"] for r in ok), [str(e) for e in bad]


async def main():
    limiter = RateLimiter(2)
    urls = [f"http://example/{i}" for i in range(6)]
    start = time.perf_counter()
    results = await asyncio.gather(*(fetch(limiter, u) for u in urls), return_exceptions=True)
    total, errors = summarize(results)
    print(f"total={total} errors={errors} calls={limiter.calls} took={time.perf_counter() - start:.2f}s")
    try:
        async with asyncio.timeout(0.2):
            await fetch(limiter, "http://slow/1")
    except TimeoutError as e:
        print("timeout", type(e).__name__, repr(e.__context__))
    gen = (u for u in urls if u.endswith(("1", "2")))
    print(next(gen), list(gen))

asyncio.run(main())
