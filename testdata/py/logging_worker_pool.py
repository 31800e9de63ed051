"""A crawler-style worker pool that reports progress through logging."""
import asyncio
import logging
import sys

logging.basicConfig(
    format="%(asctime)s %(levelname)-8s %(name)s:%(funcName)s:%(lineno)d %(message)s",
    level=logging.DEBUG,
    stream=sys.stdout,
)
log = logging.getLogger(__name__)
store_log = logging.getLogger("crawler.store")


class FetchError(Exception):
    pass


async def fetch(url):
    await asyncio.sleep(0.05 * len(url))
    if "bad" in url:
        raise FetchError(f"cannot fetch {url}")
    return len(url) * 10


async def worker(name, queue, results):
    while True:
        url = await queue.get()
        log.debug("%s picked %r (%d left)", name, url, queue.qsize())
        try:
            size = await fetch(url)
        except FetchError as exc:
            log.error("%s failed: %s", name, exc)
        else:
            results[url] = size
            store_log.info("stored %s bytes for %s", size, url)
        finally:
            queue.task_done()


async def main():
    queue = asyncio.Queue()
    results = {}
    for url in ["a.com", "bad.org", "longer.net", "x.io", "bad2.example"]:
        queue.put_nowait(url)
    workers = [asyncio.create_task(worker(f"w{i}", queue, results)) for i in range(2)]
    await queue.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    log.info("done: %d ok, total %d bytes", len(results), sum(results.values()))
    logging.getLogger("crawler").setLevel(logging.WARNING)
    store_log.info("this is filtered by the parent's level")
    store_log.warning("effective level of %s is %s", store_log.name,
                      logging.getLevelName(store_log.getEffectiveLevel()))
    print(results)


asyncio.run(main())
