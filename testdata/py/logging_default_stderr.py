"""Module-level logging calls configure the root logger to write to stderr."""
import asyncio
import logging
import sys


async def job(n):
    await asyncio.sleep(n / 10)
    if n == 2:
        logging.warning("job %d is slow", n)
    logging.info("job %d finished", n)  # below the default WARNING level
    return n * n


async def main():
    results = await asyncio.gather(*(job(n) for n in range(4)))
    print("results", results)
    print(logging.getLogger().handlers)
    logging.getLogger("orphan").warning("goes through root's handler")
    logging.error("giving up after %d jobs", len(results))
    sys.exit(3)


asyncio.run(main())
