"""A deadline scheduler on heapq and a latency histogram on bisect."""
import asyncio
import bisect
import heapq
import random

random.seed(11)


async def run_job(name, cost, done):
    await asyncio.sleep(cost)
    done.append((name, cost))
    return cost


async def main():
    jobs = []
    for i in range(8):
        deadline = random.randint(1, 20)
        heapq.heappush(jobs, (deadline, f"job{i}", random.choice([0.1, 0.2, 0.3])))
    print("heap head:", jobs[0], "size", len(jobs))
    print("three most urgent:", heapq.nsmallest(3, jobs))
    print("most relaxed:", heapq.nlargest(2, jobs, key=lambda j: j[0]))
    done = []
    while jobs:
        batch = [heapq.heappop(jobs) for _ in range(min(3, len(jobs)))]
        print("batch:", [name for _, name, _ in batch])
        await asyncio.gather(*(run_job(name, cost, done) for _, name, cost in batch))
    print("done order:", [name for name, _ in done])

    nums = [9, 4, 7, 1, 8, 2]
    heapq.heapify(nums)
    print("heapified:", nums)
    print(heapq.heappushpop(nums, 0), heapq.heapreplace(nums, 10), nums)
    try:
        heapq.heappop([])
    except IndexError as exc:
        print("IndexError:", exc)
    try:
        heapq.heappush((1, 2), 3)
    except TypeError as exc:
        print("TypeError:", exc)
    try:
        heapq.heappush([1, 2], "three")
    except TypeError as exc:
        print("TypeError:", exc)

    buckets = [0.05, 0.1, 0.25, 0.5, 1.0]
    counts = [0] * (len(buckets) + 1)
    latencies = [round(random.uniform(0, 1.2), 3) for _ in range(12)]
    for lat in latencies:
        counts[bisect.bisect_left(buckets, lat)] += 1
    print("latencies:", latencies)
    print("histogram:", counts)
    ranked = []
    for name, score in [("ann", 72), ("bob", 55), ("cy", 90), ("dee", 72)]:
        bisect.insort(ranked, (score, name))
    print(ranked, bisect.bisect(ranked, (72, "zzz")), bisect.bisect_right([1, 2, 2, 3], 2, lo=1, hi=3))
    people = [("bob", 55), ("ann", 72), ("cy", 90)]
    bisect.insort_left(people, ("eve", 72), key=lambda p: p[1])
    print(people, bisect.bisect_left(people, 90, key=lambda p: p[1]))
    try:
        bisect.bisect([1, 2], 1, -1)
    except ValueError as exc:
        print("ValueError:", exc)


asyncio.run(main())
