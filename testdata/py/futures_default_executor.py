# The loop's default executor: run_in_executor(None, ...) and to_thread share a pool whose
# threads are named asyncio_N (the first one is asyncio_0; which worker takes later jobs depends
# on CPython's thread switching, so only one-worker pools show names after that). A custom
# pool installed with set_default_executor takes over, and shutdown_default_executor joins it.
import asyncio
import functools
import threading
import time
from concurrent.futures import ThreadPoolExecutor


def resize(image, width, height=None, *, quality=80, show_thread=True):
    height = height or width
    where = threading.current_thread().name if show_thread else "a worker"
    return f"{image} -> {width}x{height} q{quality} on {where}"


def slow_checksum(data):
    time.sleep(2)  # under the virtual clock this adds 2s to the clock at once
    return sum(data) % 251


async def main():
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, resize, "a.png", 100))
    print(await asyncio.to_thread(resize, "b.png", 64, 48, quality=95, show_thread=False))
    print(await loop.run_in_executor(None, functools.partial(resize, "c.png", 32, quality=50, show_thread=False)))
    before = loop.time()
    print("checksum:", await asyncio.to_thread(slow_checksum, list(range(100))))
    print("thread's time.sleep moved the clock by", loop.time() - before)
    sequential = []
    for name in ("d.png", "e.png", "f.png"):
        sequential.append(await asyncio.to_thread(resize, name, 10, show_thread=False))
    print("\n".join(sequential))

    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="imaging")
    loop.set_default_executor(pool)
    results = await asyncio.gather(*(loop.run_in_executor(None, resize, f"g{i}.png", 8) for i in range(3)))
    print(results)
    print(await asyncio.to_thread(resize, "h.png", 4))
    await loop.shutdown_default_executor()
    try:
        pool.submit(resize, "i.png", 1)
    except RuntimeError as e:
        print("after shutdown_default_executor:", e)
    print("done at", loop.time())


asyncio.run(main())
