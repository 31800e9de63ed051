# Retrying a flaky operation with timeouts and exponential backoff, logging virtual timestamps.
import asyncio

attempts = {"n": 0}

async def flaky():
    attempts["n"] += 1
    n = attempts["n"]
    if n <= 2:
        await asyncio.sleep(1)          # too slow: the caller's timeout fires
        return "slow"
    if n == 3:
        raise ConnectionError(f"attempt {n} refused")
    await asyncio.sleep(0.05)
    return f"ok on attempt {n}"

async def with_retries(max_tries=5, timeout=0.2):
    loop = asyncio.get_running_loop()
    delay = 0.1
    for attempt in range(1, max_tries + 1):
        try:
            result = await asyncio.wait_for(flaky(), timeout)
            print(f"{loop.time():.2f} attempt {attempt}: {result}")
            return result
        except (TimeoutError, ConnectionError) as e:
            print(f"{loop.time():.2f} attempt {attempt} failed: {type(e).__name__} {e}")
        await asyncio.sleep(delay)
        delay *= 2
    raise RuntimeError("gave up")

print(asyncio.run(with_retries()))
