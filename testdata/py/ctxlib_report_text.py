"""A status report generator: string.Template for the layout, textwrap for
paragraphs, operator helpers for sorting and totals, fed by async probes."""
import asyncio
import operator
import string
import textwrap
from functools import reduce
from operator import attrgetter, itemgetter, methodcaller
from string import Template


class Probe:
    def __init__(self, host, latency, note):
        self.host = host
        self.latency = latency
        self.note = note
        self.meta = {"region": host.split(".")[-1]}

    def __repr__(self):
        return f"Probe({self.host!r})"


NOTES = {
    "api.eu": "Latency is within budget. The connection-pool warm-up took longer than usual "
              "because of a cold start--nothing to worry about.",
    "db.us": "Replication lag spiked twice; the failover-candidate was re-elected.  Investigate "
             "whether the write-ahead log shipping is saturating the link.",
    "cdn.ap": "All edge nodes healthy.",
}

HEADER = Template(textwrap.dedent("""\
    == $title ==
    Generated for ${team} (${count} probes, $$${cost} budget)
    """))
ROW = Template("$host: ${latency}ms [$region]")


async def probe(host, latency):
    await asyncio.sleep(latency / 1000)
    return Probe(host, latency, NOTES[host])


async def main():
    probes = await asyncio.gather(probe("db.us", 120), probe("api.eu", 45), probe("cdn.ap", 80))
    print(HEADER.substitute(title="Daily status", team="SRE", count=len(probes), cost=12))

    for p in sorted(probes, key=attrgetter("latency")):
        print(ROW.substitute(p.meta, host=p.host, latency=p.latency))
        print(textwrap.indent(textwrap.fill(p.note, width=48), "    | "))
    print()

    rows = [(p.host, p.latency) for p in probes]
    print("slowest first:", sorted(rows, key=itemgetter(1), reverse=True))
    print("total latency:", reduce(operator.add, map(itemgetter(1), rows)))
    print("hosts upper:", list(map(methodcaller("upper"), map(itemgetter(0), rows))))
    print("region + host:", attrgetter("meta", "host")(probes[0]))
    print("getters:", itemgetter(1, 0), attrgetter("host"), methodcaller("split", ".", 1))
    print("split:", methodcaller("split", ".", 1)("a.b.c"), operator.mul(3, 4), operator.neg(2))
    print("checks:", operator.contains(NOTES, "db.us"), operator.is_not(None, 0), operator.truth(""))

    summary = " ".join(NOTES.values())
    print(textwrap.shorten(summary, width=60))
    print(textwrap.shorten(summary, 40, placeholder=" (more)"))
    print(string.capwords("daily  status   report"))
    print(sum(c in string.punctuation for c in summary), sum(c in string.digits for c in "a1b22"))

    partial_tpl = Template("$host is $state; owner ${owner}, ticket $ticket")
    print(partial_tpl.safe_substitute(host="db.us", state="degraded"))
    print(partial_tpl.get_identifiers(), partial_tpl.is_valid())
    for tpl, values in [(partial_tpl, {"host": "x"}), (Template("cost: $5"), {}),
                        (Template("line one\n  bad ${ here"), {})]:
        try:
            tpl.substitute(values)
        except KeyError as exc:
            print("KeyError:", exc)
        except ValueError as exc:
            print("ValueError:", exc)
    try:
        itemgetter(5)(rows)
    except IndexError as exc:
        print("IndexError:", exc)
    try:
        attrgetter("owner")(probes[0])
    except AttributeError as exc:
        print("AttributeError:", exc)


asyncio.run(main())
