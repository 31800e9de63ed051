"""A job runner that logs failures with their tracebacks: logger.exception
inside except clauses, exc_info=True / exc_info=exc from tasks gathered
with return_exceptions, chained causes, and the root logger's
module-level logging.exception."""
import asyncio
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.INFO,
                    format="%(levelname)-8s %(name)s.%(funcName)s: %(message)s")
log = logging.getLogger("runner")
audit = logging.getLogger("runner.audit")


class JobError(Exception):
    def __init__(self, job, reason):
        super().__init__(f"{job}: {reason}")
        self.job = job


def parse_size(text):
    return int(text)


async def download(name, delay):
    await asyncio.sleep(delay)
    if name.endswith(".bad"):
        raise ConnectionResetError(f"peer reset while fetching {name}")
    return len(name) * 100


async def run_job(name, size_text, delay):
    try:
        size = parse_size(size_text)
    except ValueError as exc:
        raise JobError(name, "bad size") from exc
    data = await download(name, delay)
    return size + data


async def supervised(name, size_text, delay):
    try:
        result = await run_job(name, size_text, delay)
    except JobError:
        log.exception("job %s rejected", name)
        return None
    except ConnectionError as exc:
        log.error("job %s lost its connection: %s", name, exc, exc_info=True)
        return None
    audit.info("job %s done: %d", name, result)
    return result


async def main():
    results = await asyncio.gather(
        supervised("a.txt", "10", 0.2),
        supervised("b.bad", "20", 0.1),
        supervised("c.txt", "huge", 0.3),
    )
    print("results:", results)

    outcomes = await asyncio.gather(download("d.bad", 0.1), download("e.txt", 0.2), return_exceptions=True)
    for outcome in outcomes:
        if isinstance(outcome, BaseException):
            log.warning("gathered failure", exc_info=outcome)
        else:
            log.info("gathered %d bytes", outcome)

    task = asyncio.create_task(download("f.bad", 0.1))
    try:
        await task
    except OSError:
        logging.exception("task %s failed", "f.bad")

    log.exception("called with nothing to report")
    log.info("quiet", exc_info=False)
    audit.setLevel(logging.ERROR)
    try:
        parse_size("x")
    except ValueError:
        audit.exception("filtered out by level")
        audit.critical("kept", exc_info=True)


asyncio.run(main())
