# Values passed to worker threads can be changed there.
import asyncio


def work(xs):
    xs.append("t")
    return len(xs)


async def main():
    data = [1]
    n = await asyncio.to_thread(work, data)
    loop = asyncio.get_running_loop()
    m = await loop.run_in_executor(None, work, data)
    print(data, n, m)


asyncio.run(main())
