import argparse
import asyncio
import sys


async def worker(name, jobs, delay):
    for job in range(jobs):
        await asyncio.sleep(delay)
        print(f"{name} finished job {job}")


async def main():
    parser = argparse.ArgumentParser(description="Run a pool of workers.")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--delay", type=float, default=0.25)
    args = parser.parse_args()
    print("argv:", sys.argv[1:], "prog:", parser.prog)
    print(args)
    await asyncio.gather(*(worker(f"w{i}", args.jobs, args.delay * (i + 1)) for i in range(args.workers)))
    strict = argparse.ArgumentParser(prog="strict")
    strict.add_argument("target", help="where to deploy")
    strict.add_argument("--force", action="store_true")
    print(strict.format_usage(), end="")
    strict.parse_args()
    print("not reached")


asyncio.run(main())
