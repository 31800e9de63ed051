"""Decode readings from sensors that send text in different encodings; a bad packet ends the run."""
import asyncio

PACKETS = {
    "thermo-1": [b"21.5C ok", "22.0°C ok".encode("latin-1"), b"23.1C \xe2\x9c\x93"],
    "thermo-2": ["Zürich 19°C".encode(), b"bad \xc3\x28 tail", b"\xf0\x9f\x8c\xa1\xef\xb8\x8f 18C"],
    "legacy": [b"caf\xe9", b"na\xefve", "plain".encode("ascii")],
}


async def sensor(name: str, out: asyncio.Queue):
    for i, pkt in enumerate(PACKETS[name]):
        await asyncio.sleep(0.01 * (i + 1))
        await out.put((name, pkt))


async def collector(out: asyncio.Queue, n: int):
    stats = {"ok": 0, "replaced": 0}
    for _ in range(n):
        name, pkt = await out.get()
        try:
            text = pkt.decode()
            stats["ok"] += 1
        except UnicodeDecodeError as exc:
            print(f"{name}: {exc.reason} at {exc.start}-{exc.end} in {exc.object!r}")
            fixed = pkt.decode("latin-1") if name == "legacy" else pkt.decode("utf-8", "replace")
            text = fixed
            stats["replaced"] += 1
        ascii_form = text.encode("ascii", "replace")
        print(f"{name:9} {len(pkt):2d}B {text!r:24} ascii={ascii_form} latin1={text.encode('latin-1', 'ignore')!r}")
    return stats


async def main():
    out = asyncio.Queue()
    total = sum(len(v) for v in PACKETS.values())
    col = asyncio.create_task(collector(out, total))
    await asyncio.gather(*(sensor(n, out) for n in PACKETS))
    print(await col)
    for s, enc in [("€uro", "latin-1"), ("ñandú", "ascii"), ("ok", "ascii")]:
        try:
            print(s.encode(enc))
        except UnicodeEncodeError as exc:
            print(type(exc).__name__, exc, exc.start, exc.end)
    print(str(b"caf\xc3\xa9", "utf-8"), str(b"\xff", "ascii", "ignore") == "", bytes("é", "latin-1"), repr(b"\xe9".decode("latin1")))
    payload = b"\x00\x01" + "status: ✓".encode() + b"\xff"
    print(repr(payload.decode("utf-8", errors="ignore")), payload[2:-1].decode())
    payload[2:].decode("utf-8")


asyncio.run(main())
