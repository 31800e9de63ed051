import argparse
import asyncio


def positive(text):
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError(f"{value} is not a positive integer")
    return value


def build_parser():
    parser = argparse.ArgumentParser(prog="fetcher", description="Fetch a batch of URLs concurrently and report their status codes.", epilog="Exit status is 0 when every fetch succeeds.")
    parser.add_argument("urls", nargs="+", metavar="URL", help="the URLs to fetch")
    parser.add_argument("-c", "--concurrency", type=positive, default=4, help="how many fetches run at once (default: %(default)s)")
    parser.add_argument("-t", "--timeout", type=float, default=2.5)
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more output; repeat for even more")
    parser.add_argument("--retry", action="store_true", help="retry failed fetches once")
    parser.add_argument("--no-cache", dest="cache", action="store_false")
    parser.add_argument("--header", action="append", default=[], metavar="NAME=VALUE", help="an extra request header")
    parser.add_argument("--method", choices=["GET", "HEAD", "POST"], default="GET")
    parser.add_argument("--mode", nargs="?", const="fast", default="normal")
    return parser


async def fetch(url, sem, timeout):
    async with sem:
        await asyncio.sleep(0.01 * len(url))
        return url, 200 if "bad" not in url else 500


async def main(argv):
    parser = build_parser()
    print(parser.format_usage(), end="")
    print(parser.format_help())
    for args in argv:
        try:
            ns = parser.parse_args(args)
        except SystemExit as e:
            print("exit", e.code)
            continue
        print(ns)
        sem = asyncio.Semaphore(ns.concurrency)
        results = await asyncio.gather(*(fetch(u, sem, ns.timeout) for u in ns.urls))
        for url, status in results:
            print(f"  {ns.method} {url}: {status}")


asyncio.run(main([
    ["http://a/", "http://b/bad", "-c", "2", "-vv", "--retry", "--header", "X-A=1", "--header=X-B=2"],
    ["--method", "HEAD", "--mode", "--", "http://x/"],
    ["--no-cache", "-t0.5", "--conc", "3", "http://y/"],
    ["-c", "0", "http://a/"],
    ["--method", "PUT", "http://a/"],
    [],
    ["http://a/", "--bogus", "x"],
    ["-c"],
    ["-c", "two", "u"],
]))
