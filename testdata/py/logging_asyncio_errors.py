# asyncio's own error reports go through logging once the program configures it: the
# "asyncio" logger's records carry the program's format, and its level filters them.
import asyncio
import logging

logging.basicConfig(level=logging.INFO, format="%(levelname)s:%(name)s:%(funcName)s:%(message)s")
log = logging.getLogger("worker")


async def fetch(item):
    await asyncio.sleep(0.01)
    if item == "bad":
        raise KeyError(item)
    log.info("fetched %s", item)
    return item.upper()


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(lambda: {}["config"])
    tasks = [asyncio.create_task(fetch(i)) for i in ("a", "bad", "c")]
    await asyncio.sleep(0.05)
    print("results:", [t.result() for t in tasks if not t.exception()])
    logging.getLogger("asyncio").setLevel(logging.CRITICAL)
    loop.call_soon(lambda: 1 / 0)
    await asyncio.sleep(0)
    logging.getLogger("asyncio").setLevel(logging.NOTSET)
    failing = asyncio.create_task(fetch("bad"))
    await asyncio.sleep(0.05)
    log.warning("done")


asyncio.run(main())
