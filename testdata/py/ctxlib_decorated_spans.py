"""Tracing spans for an async service: generator context managers used
both in with statements and as decorators, with nested spans, a span
that records failures, and timing under the virtual clock."""
import asyncio
import time
from contextlib import asynccontextmanager, contextmanager

SPANS = []


@contextmanager
def span(name, **tags):
    start = time.monotonic()
    SPANS.append(("open", name, tuple(sorted(tags.items()))))
    try:
        yield name
    except Exception as exc:
        SPANS.append(("error", name, type(exc).__name__))
        raise
    finally:
        SPANS.append(("close", name, round(time.monotonic() - start, 3)))


@asynccontextmanager
async def async_span(name):
    start = time.monotonic()
    print(f"-> {name}")
    yield
    await asyncio.sleep(0)
    print(f"<- {name} after {time.monotonic() - start:.2f}s")


@span("parse", kind="cpu")
def parse(payload):
    time.sleep(0.05)
    if not payload:
        raise ValueError("empty payload")
    return payload.split(",")


@async_span("fetch")
async def fetch(key, delay):
    await asyncio.sleep(delay)
    return f"{key}={delay}"


async def handle(request):
    with span("handle", request=request):
        raw = await fetch(request, 0.1 * len(request))
        with span("inner"):
            return parse(raw if request != "bad" else "")


async def main():
    results = await asyncio.gather(handle("a"), handle("bb"), handle("bad"), return_exceptions=True)
    for r in results:
        print("result:", r)
    print("parse is", parse.__name__, "wrapping", parse.__wrapped__.__name__)
    for entry in SPANS:
        print(*entry)


asyncio.run(main())
