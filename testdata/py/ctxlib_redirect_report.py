"""Report builder: worker tasks print their status lines; the supervisor
captures each report with contextlib.redirect_stdout into io.StringIO,
post-processes the text, and routes warnings through redirect_stderr."""
import asyncio
import io
import sys
from contextlib import redirect_stderr, redirect_stdout


def render(name, rows):
    print(f"== {name} ==")
    for key, value in rows:
        print(f"{key:<8}{value:>6}")
    if any(v < 0 for _, v in rows):
        print(f"warning: {name} has negative rows", file=sys.stderr)
    print("total", sum(v for _, v in rows), sep=": ")


async def job(name, rows, delay):
    await asyncio.sleep(delay)
    buf = io.StringIO()
    warn = io.StringIO()
    with redirect_stdout(buf), redirect_stderr(warn):
        render(name, rows)
        sys.stdout.write("-- end --\n")
    return name, buf.getvalue(), warn.getvalue()


async def main():
    print("collecting reports")
    results = await asyncio.gather(
        job("north", [("apples", 10), ("pears", 3)], 0.02),
        job("south", [("figs", -2), ("kiwis", 8)], 0.01),
    )
    for name, text, warnings in results:
        lines = text.splitlines()
        print(f"{name}: {len(lines)} lines, first={lines[0]!r}, last={lines[-1]!r}")
        if warnings:
            print("  stderr said:", warnings.strip())
    combined = io.StringIO()
    for _, text, _ in results:
        combined.write(text)
    combined.seek(0)
    print("totals:", [line.strip() for line in combined if line.startswith("total")])
    print("tell at end:", combined.tell(), "size:", len(combined.getvalue()))

    outer = io.StringIO()
    inner = io.StringIO()
    with redirect_stdout(outer):
        print("outer 1")
        with redirect_stdout(inner):
            print("inner")
        print("outer 2")
    print(repr(outer.getvalue()), repr(inner.getvalue()))

    with io.StringIO("seed\n") as pad:
        pad.seek(0, 2)
        pad.write("more\n")
        print(repr(pad.getvalue()), pad.closed)
    print("closed after with:", pad.closed)
    try:
        pad.getvalue()
    except ValueError as e:
        print("ValueError:", e)
    try:
        with redirect_stdout(io.StringIO()):
            raise KeyError("boom")
    except KeyError as e:
        print("KeyError escaped the redirect:", e)
    print("done")


asyncio.run(main())
