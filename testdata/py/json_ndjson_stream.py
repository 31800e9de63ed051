"""A log shipper that decodes newline-delimited JSON from a queue: good lines are aggregated,
bad ones are reported with the decoder's position, and the summary is re-encoded."""
import asyncio
import json
from collections import Counter, defaultdict

LINES = [
    '{"level": "info", "msg": "started", "ms": 12}',
    '{"level": "warn", "msg": "slow query", "ms": 950.5, "query": "SELECT 1"}',
    '{"level": "info", "msg": "ok", "ms": 3}  ',
    '{"level": "error", "msg": "boom", "ms": 1e3, "trace": ["a.py:1", "b.py:2"]}',
    '{"level": "info" "msg": "missing comma"}',
    '{"level": "info", "msg": "unterminated}',
    '{"level": "debug", "msg": "tab\there"}',
    '["not", "an", "object"]',
    '{"level": "info", "msg": "unicode \\u00fc\\u00f1\\u00ee\\u00e7\\u00f8d\\u00e9", "ms": 0.1}',
    '{"level": "info", "msg": "dup", "ms": 1, "ms": 2}',
    '  ',
    '{"level": "warn", "msg": "nested", "ms": 7, "ctx": {"a": {"b": {"c": [1, 2, {"d": null}]}}}}',
    '{"level": "info", "ms": -0.0, "msg": "neg zero", "big": 18446744073709551617}',
    '{"level": "info", "msg": "extra"} trailing',
    '{"level": "info", "msg": "bad escape \\x41"}',
]


async def producer(queue):
    for line in LINES:
        await asyncio.sleep(0.05)
        await queue.put(line)
    await queue.put(None)


async def shipper(queue):
    counts = Counter()
    latency = defaultdict(list)
    rejected = []
    while (line := await queue.get()) is not None:
        try:
            rec = json.loads(line)
            if not isinstance(rec, dict):
                raise ValueError(f"expected an object, got {type(rec).__name__}")
        except json.JSONDecodeError as exc:
            rejected.append(f"{exc.msg} at {exc.pos} (col {exc.colno}): {line[max(0, exc.pos - 5):exc.pos + 5]!r}")
            continue
        except ValueError as exc:
            rejected.append(str(exc))
            continue
        counts[rec["level"]] += 1
        latency[rec["level"]].append(rec.get("ms", 0))
        if "big" in rec:
            print("big int survives:", rec["big"], rec["big"] - 2**64)
    return counts, latency, rejected


async def main():
    queue = asyncio.Queue(maxsize=2)
    _, (counts, latency, rejected) = await asyncio.gather(producer(queue), shipper(queue))
    print("levels:", json.dumps(counts, sort_keys=True))
    print("latency:", json.dumps(latency, sort_keys=True))
    print("means:", json.dumps({k: sum(v) / len(v) for k, v in sorted(latency.items())}, indent=1))
    print(f"{len(rejected)} rejected:")
    for r in rejected:
        print("  -", r)


asyncio.run(main())
