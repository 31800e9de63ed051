"""A small async calculator service: workers take (base, exponent) jobs from a queue."""
import asyncio

INF = float("inf")
NAN = float("nan")


async def worker(name: str, jobs: asyncio.Queue, results: list):
    while True:
        job_id, base, exp = await jobs.get()
        try:
            value = base ** exp
            results.append((job_id, f"{base!r} ** {exp!r} = {value!r}"))
        except (ZeroDivisionError, OverflowError) as e:
            results.append((job_id, f"{base!r} ** {exp!r} -> {type(e).__name__}: {e}"))
        finally:
            jobs.task_done()
        await asyncio.sleep(0.001)


async def main():
    jobs = asyncio.Queue()
    bases = [0.0, -0.0, 1.0, -1.0, 2.5, -2.5, 10, -3, 0.5, 1e308, 1e-310, INF, -INF, NAN]
    exps = [0, 0.0, 1, 2, 3, -1, -2, 0.5, 2.5, -2.5, 1e-5, 1100, INF, -INF, NAN]
    n = 0
    for b in bases:
        for e in exps:
            if b < 0 and e == e and e not in (INF, -INF) and e != int(e):
                continue  # complex results are out of scope for this service
            jobs.put_nowait((n, b, e))
            n += 1
    results = []
    workers = [asyncio.create_task(worker(f"w{i}", jobs, results)) for i in range(3)]
    await jobs.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    for job_id, line in sorted(results):
        print(job_id, line)
    print(pow(2, -3), pow(-2, -3), pow(-2.0, 3), pow(4, 0.5), (-1.0) ** 1e300, (-8) ** 3.0)


asyncio.run(main())
