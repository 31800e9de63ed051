"""Formats the help screen of a small async CLI: options wrapped into
columns with textwrap, dedented usage text, max_lines summaries and a
TextWrapper reused across commands that run concurrently."""
import asyncio
import textwrap

USAGE = """
    usage: fetcher [-h] [--retries N] URL [URL ...]

      Download every URL concurrently, retrying failed transfers.
\t
    Exit status is non-zero when any transfer fails.
"""

OPTIONS = [
    ("-h, --help", "show this help message and exit"),
    ("--retries N", "how many times a failed transfer is retried before the URL is reported "
                    "as broken (default: 3; use 0 to disable retries entirely)"),
    ("--timeout SECONDS", "per-request timeout in seconds; fractional values such as 0.5 are "
                          "accepted.  Slow-starting servers--for example cold serverless "
                          "functions--may need a generous value."),
    ("--user-agent-string-override", "replace the default User-Agent header"),
]

COMMANDS = {
    "sync": "Synchronise the local cache with the remote index, downloading only changed "
            "entries and pruning entries that vanished upstream.",
    "verify": "Re-hash every cached file and compare against the index checksums.",
    "gc": "Remove unreferenced blobs.",
}


def format_option(flag, text, width=60, col=24):
    wrapper = textwrap.TextWrapper(width=width - col)
    lines = wrapper.wrap(text)
    if len(flag) >= col - 2:
        head = ["  " + flag]
    else:
        head = ["  " + flag.ljust(col - 2) + lines.pop(0)]
    return "\n".join(head + [" " * col + line for line in lines])


async def describe(name, text, delay):
    await asyncio.sleep(delay)
    return name, textwrap.shorten(text, width=50, placeholder=" ...")


async def main():
    print(textwrap.dedent(USAGE).strip("\n"))
    print()
    print("options:")
    for flag, text in OPTIONS:
        print(format_option(flag, text))
    print()
    summaries = await asyncio.gather(*(describe(n, t, 0.01 * len(n)) for n, t in COMMANDS.items()))
    print("commands:")
    for name, summary in summaries:
        print(f"  {name:<8}{summary}")
    print()
    for name, text in COMMANDS.items():
        print(textwrap.fill(text, width=36, initial_indent=f"{name}: ", subsequent_indent=" " * (len(name) + 2),
                            max_lines=2, placeholder=" [more]"))
    print(textwrap.indent(textwrap.fill(COMMANDS["sync"], 30), "> ", lambda line: "cache" in line or "only" in line))
    print(textwrap.wrap("http://example.com/a-very-long-path-segment-that-exceeds-width", 20))
    print(textwrap.wrap("http://example.com/a-very-long-path-segment-that-exceeds-width", 20, break_long_words=False))
    print(textwrap.wrap("tabs\tand\nnewlines\rbecome spaces", 12, replace_whitespace=True))
    print(textwrap.wrap("tabs\tstay", 40, expand_tabs=False, replace_whitespace=False))
    print(repr(textwrap.dedent("\t  mixed\n\t  margins\n\t    kept\n")))
    try:
        textwrap.fill("x", width=5, max_lines=1, placeholder="  [truncated]")
    except ValueError as exc:
        print("ValueError:", exc)
    try:
        textwrap.shorten("no width given")
    except TypeError as exc:
        print("TypeError:", exc)


asyncio.run(main())
