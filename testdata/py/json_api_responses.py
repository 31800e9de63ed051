"""Workers fetch fake API pages, decode the JSON bodies and report what failed to parse."""
import asyncio
import json

RESPONSES = {
    "/users": '{"users": [{"id": 1, "name": "Ada", "score": 98.5}, {"id": 2, "name": "Linus", "score": 87.25}], "next": null}',
    "/orders": '[{"order": 1001, "total": 19.99, "paid": true}, {"order": 1002, "total": 5e2, "paid": false}]',
    "/broken": '{"users": [1, 2,, 3]}',
    "/truncated": '{"status": "ok", "items": [1, 2',
    "/html": "<html>oops</html>",
    "/empty": "",
    "/trailing": '{"a": 1} {"b": 2}',
    "/multiline": '{\n  "a": 1,\n  "b": [true, false\n  "c": 3\n}',
    "/unicode": '{"greeting": "h\\u00e9llo w\\u00f6rld \\ud83d\\ude80", "emoji": "\\u2603"}',
    "/bigint": '{"id": 123456789012345678901234567890, "ratio": 0.1, "tiny": 1e-320, "neg": -0.0}',
}


async def fetch(path, delay):
    await asyncio.sleep(delay)
    return RESPONSES[path]


async def worker(name, queue, results, errors):
    while True:
        path = await queue.get()
        try:
            body = await fetch(path, 0.01 * len(path))
            try:
                data = json.loads(body)
            except json.JSONDecodeError as exc:
                errors.append((path, exc.msg, exc.pos, exc.lineno, exc.colno))
                print(f"{name}: {path} -> JSONDecodeError: {exc}")
            else:
                results[path] = data
                print(f"{name}: {path} -> {type(data).__name__}")
        finally:
            queue.task_done()


async def main():
    queue = asyncio.Queue()
    for path in RESPONSES:
        queue.put_nowait(path)
    results, errors = {}, []
    workers = [asyncio.create_task(worker(f"w{i}", queue, results, errors)) for i in range(3)]
    await queue.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)

    users = results["/users"]["users"]
    print("average score:", sum(u["score"] for u in users) / len(users))
    print("orders paid:", [o["order"] for o in results["/orders"] if o["paid"]])
    print("order totals:", [o["total"] for o in results["/orders"]])
    print("unicode:", results["/unicode"]["greeting"], results["/unicode"]["emoji"])
    big = results["/bigint"]
    print("bigint:", big["id"] + 1, big["ratio"] * 3, big["tiny"], big["neg"])
    print("round trip:", json.dumps(big))
    for path, msg, pos, line, col in sorted(errors):
        print(f"  {path:12} {msg!r} at pos {pos} (line {line}, col {col})")
    print(json.dumps(results["/users"], indent=2, sort_keys=True))


asyncio.run(main())
