"""Sign webhook deliveries with HMAC and verify them on the receiving side."""
import asyncio
import hashlib
import hmac
import json

SECRET = b"s3cr3t-key"
DIGESTS = {"sha1": hashlib.sha1, "sha256": hashlib.sha256}


def sign(body: bytes, algo="sha256") -> str:
    return f"{algo}=" + hmac.new(SECRET, body, algo).hexdigest()


def verify(body: bytes, header: str) -> bool:
    algo, _, sig = header.partition("=")
    mac = hmac.new(SECRET, digestmod=DIGESTS[algo])
    mac.update(body)
    return hmac.compare_digest(mac.hexdigest(), sig)


async def sender(outbox: asyncio.Queue):
    events = [{"id": 1, "type": "push"}, {"id": 2, "type": "issue", "title": "crash ☠"}, {"id": 3, "type": "ping"}]
    for ev in events:
        body = json.dumps(ev, ensure_ascii=False).encode()
        header = sign(body, "sha1" if ev["id"] == 3 else "sha256")
        if ev["id"] == 2:
            body = body.replace(b"crash", b"CRASH")  # tampered in transit
        await outbox.put((body, header))
        await asyncio.sleep(0.05)
    await outbox.put(None)


async def receiver(outbox: asyncio.Queue):
    accepted = []
    while (item := await outbox.get()) is not None:
        body, header = item
        ok = verify(body, header)
        print(f"{header[:14]}... len={len(body)} ok={ok}")
        if ok:
            accepted.append(json.loads(body.decode()))
        else:
            print("  rejected body:", body)
    return accepted


async def main():
    q = asyncio.Queue()
    _, accepted = await asyncio.gather(sender(q), receiver(q))
    print("accepted:", [e["id"] for e in accepted])
    m = hmac.new(b"k", b"part1", hashlib.sha256)
    m.update(b"part2")
    print(m.name, m.digest_size, m.hexdigest() == hmac.new(b"k", b"part1part2", "sha256").hexdigest())
    print(hmac.digest(b"k", b"m", "md5").hex(), hmac.compare_digest("abc", "abd"))
    for bad in [lambda: hmac.new("k", b"m", "sha256"), lambda: hmac.compare_digest(b"a", "a"), lambda: hmac.compare_digest(1, 2), lambda: hmac.new(b"k", b"m")]:
        try:
            bad()
        except TypeError as exc:
            print("TypeError:", exc)


asyncio.run(main())
