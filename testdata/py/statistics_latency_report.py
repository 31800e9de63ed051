"""Load-test report: request handlers record latencies, then a summary with the statistics module."""
import asyncio
import random
import statistics
from statistics import StatisticsError, fmean, median


async def handle(job, latencies, errors):
    name = f"w{job['id'] % 3}"
    cost = job["size"] * 0.002 + job["jitter"]
    try:
        await asyncio.sleep(cost)
        if job["size"] % 7 == 0:
            raise TimeoutError(f"{name} timed out on job {job['id']}")
        latencies.setdefault(name, []).append(round(cost * 1000 + job["noise"], 3))
    except TimeoutError as e:
        errors.append(str(e))


def summarize(label, xs):
    try:
        q = statistics.quantiles(xs, n=4)
        print(f"{label:>6}: n={len(xs)} mean={statistics.mean(xs):.3f} fmean={fmean(xs):.3f} "
              f"median={median(xs)} stdev={statistics.stdev(xs):.4f} q={[round(v, 3) for v in q]}")
    except StatisticsError as e:
        print(f"{label:>6}: cannot summarize: {e}")


async def main():
    random.seed(7)
    jobs = [{"id": i, "size": random.randint(1, 30), "jitter": random.randint(0, 9) / 1000, "noise": random.random()}
            for i in range(40)]
    latencies, errors = {}, []
    async with asyncio.TaskGroup() as tg:
        for job in jobs:
            tg.create_task(handle(job, latencies, errors))

    for name in sorted(latencies):
        summarize(name, latencies[name])
    everything = [x for name in sorted(latencies) for x in latencies[name]]
    summarize("all", everything)
    summarize("none", [])
    print("errors:", len(errors), errors[:2])

    sizes = [len(v) for v in latencies.values()]
    print("jobs per worker:", sorted(sizes), "mode:", statistics.mode(sorted(sizes)), statistics.multimode([1, 1, 2, 2, 3]))
    print("exact mean of ints:", statistics.mean([1, 2, 3, 4]), statistics.mean([2, 4]), statistics.variance([1, 2, 3, 4, 5]))
    print("pvariance/pstdev:", statistics.pvariance(everything), statistics.pstdev(everything))
    print("median_low/high/grouped:", statistics.median_low(sizes), statistics.median_high(sizes), statistics.median_grouped(everything, interval=5))
    print("harmonic/geometric:", statistics.harmonic_mean([2.5, 3, 10]), statistics.geometric_mean([1.5, 2, 30]))
    print("weighted:", statistics.fmean([85, 92, 83], weights=[0.2, 0.3, 0.5]), statistics.harmonic_mean([60, 40], weights=[3, 1]))
    print("with a centre:", statistics.variance(everything, statistics.mean(everything)), statistics.pstdev([1.5, 2.5], mu=2))
    print("inclusive deciles:", statistics.quantiles(range(1, 11), n=10, method="inclusive"))
    for probe in ([], [5]):
        for fn in (statistics.variance, statistics.stdev, statistics.pvariance, statistics.median):
            try:
                print("probe", probe, fn(probe))
            except StatisticsError as e:
                print("probe", probe, "StatisticsError:", e)
    try:
        statistics.geometric_mean([3, -1])
    except ValueError as e:
        print(type(e).__name__, e, e.__suppress_context__)


asyncio.run(main())
