import asyncio
import sys
import traceback


class FetchError(Exception):
    def __init__(self, url, status):
        super().__init__(f"{url} answered {status}")
        self.url = url
        self.status = status


def parse_payload(text):
    fields = text.split(",")
    return {"id": int(fields[0]), "score": float(fields[1])}


def lookup(table, key):
    return table[key]


async def fetch(url):
    await asyncio.sleep(0.01)
    if url.endswith("/500"):
        raise FetchError(url, 500)
    return "7,oops" if "bad" in url else "3,1.5"


async def process(url):
    text = await fetch(url)
    record = parse_payload(text)
    return record


async def enrich(record):
    await asyncio.sleep(0)
    try:
        return lookup({"a": 1}, record)
    except KeyError as exc:
        raise RuntimeError(f"no enrichment for {record!r}") from exc


async def main():
    urls = ["http://svc/ok", "http://svc/500", "http://svc/bad"]
    results = await asyncio.gather(*(process(u) for u in urls), return_exceptions=True)
    for url, res in zip(urls, results):
        if isinstance(res, Exception):
            print(f"--- {url} failed:")
            print("".join(traceback.format_exception(res)), end="")
            print("only:", traceback.format_exception_only(res))
        else:
            print(f"--- {url} ok: {res}")

    try:
        await enrich("zz")
    except RuntimeError:
        print("--- chained, printed to stdout:")
        traceback.print_exc(file=sys.stdout)
        etype, value, tb = sys.exc_info()
        print("exc_info:", etype.__name__, value)
        for fs in traceback.extract_tb(tb):
            print("  frame:", fs.name, fs.lineno, fs.line)
        print("--- without the chain:")
        print(traceback.format_exc(chain=False), end="")

    try:
        ratio = len(urls) / (len(results) - 3)
    except ZeroDivisionError as exc:
        lines = traceback.format_exception(type(exc), exc, exc.__traceback__)
        print(f"{len(lines)} lines:")
        for line in lines:
            print(repr(line))
    print("no exception now:", repr(traceback.format_exc()))
    print(sys.exc_info())


asyncio.run(main())
