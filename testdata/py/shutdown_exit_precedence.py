# A service whose worker is interrupted: asyncio.run's shutdown cancels
# the main task, whose cleanup then requests a specific exit status. The
# exception raised while the runner closes wins over the interrupt, as in
# `with Runner() as runner: return runner.run(main)`.
import asyncio

log = []


async def worker(n):
    await asyncio.sleep(0.1 * n)
    if n == 2:
        raise KeyboardInterrupt
    log.append("worker %d done" % n)
    return n


async def flush_and_exit():
    await asyncio.sleep(0)
    print("flushing", len(log), "entries:", ", ".join(log))
    raise SystemExit(4)


async def main():
    try:
        results = await asyncio.gather(worker(1), worker(2), worker(3))
        print("results", results)
    except BaseException as e:
        print("main interrupted by", type(e).__name__)
    finally:
        print("main cleanup")
    await asyncio.gather(flush_and_exit())
    print("not reached")


asyncio.run(main())
print("not reached either")
