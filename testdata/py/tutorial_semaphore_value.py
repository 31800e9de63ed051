# SuperFastPython-style tutorial: limiting concurrent downloads with a semaphore and
# watching the permits left through Semaphore._value (private, but tutorials print it).
from random import random, seed
import asyncio
import time


async def download(semaphore: asyncio.Semaphore, number: int, log: list) -> float:
    """Pretend to download a file while holding one of the semaphore's permits."""
    async with semaphore:
        value = random()
        log.append((number, semaphore._value))
        print(f'Task {number:>2} acquired (permits left: {semaphore._value}, locked: {semaphore.locked()})')
        await asyncio.sleep(value)
        print(f'Task {number:>2} done after {value:.3f}s')
    return value


async def main() -> None:
    seed(1)
    semaphore = asyncio.BoundedSemaphore(3)
    print(f'before: {semaphore._value} permits')
    log: list = []
    start = time.perf_counter()
    tasks = [asyncio.create_task(download(semaphore, i, log)) for i in range(8)]
    await asyncio.sleep(0)
    print(f'while running: {semaphore._value} permits, locked={semaphore.locked()}')
    durations = await asyncio.gather(*tasks)
    elapsed = time.perf_counter() - start
    print(f'after: {semaphore._value} permits')
    print(f'total work {sum(durations):0.2f}s finished in {elapsed:0.2f}s')
    print('permits seen:', [left for _, left in log])
    try:
        semaphore.release()
    except ValueError as exc:
        print(f'extra release refused: {exc}')
    for name in ('_value', 'locked', 'no_such_attribute'):
        print(f'hasattr(semaphore, {name!r}) = {hasattr(semaphore, name)}')


if __name__ == '__main__':
    asyncio.run(main())
