"""A webhook consumer whose last payload is malformed: the handled errors are logged, the
unhandled one ends asyncio.run with json's own traceback frames."""
import asyncio
import json

PAYLOADS = [
    '{"event": "push", "commits": 3}',
    '{"event": "issue", "id": 17, "labels": ["bug"]}',
    '{"event": "ping"} ',
    '{"event": "push", "commits": 1,}',
    "{'event': 'push'}",
]


async def handle(payload, strict):
    await asyncio.sleep(0.1)
    if strict:
        return json.loads(payload)
    try:
        return json.loads(payload)
    except json.JSONDecodeError as exc:
        print(f"skipping payload: {exc.msg} (line {exc.lineno}, column {exc.colno})")
        return None


async def main():
    handled = await asyncio.gather(*(handle(p, strict=False) for p in PAYLOADS))
    print("handled:", [h["event"] if h else None for h in handled])
    print(json.dumps([h for h in handled if h], sort_keys=True))
    for payload in PAYLOADS:
        event = await handle(payload, strict=True)
        print("strict:", event)


asyncio.run(main())
