"""A length-prefixed wire protocol between a client task and a server task over a Queue."""
import asyncio

HEADER = 4


def encode_frame(kind: int, payload: str) -> bytes:
    body = payload.encode("utf-8")
    return len(body).to_bytes(HEADER, "big") + bytes([kind]) + body


def decode_frames(buf: bytearray) -> list:
    frames = []
    while len(buf) >= HEADER + 1:
        size = int.from_bytes(buf[:HEADER], "big")
        if len(buf) < HEADER + 1 + size:
            break
        kind = buf[HEADER]
        body = bytes(buf[HEADER + 1:HEADER + 1 + size])
        del buf[:HEADER + 1 + size]
        frames.append((kind, body))
    return frames


async def client(wire: asyncio.Queue, messages):
    for i, text in enumerate(messages):
        frame = encode_frame(1 if i % 2 == 0 else 2, text)
        # Split each frame in two writes, as a socket might.
        cut = len(frame) // 2
        await wire.put(frame[:cut])
        await asyncio.sleep(0.01)
        await wire.put(frame[cut:])
    await wire.put(b"\x00\x00\x00\x02\x01\xff\xfe")  # a frame that is not UTF-8
    await wire.put(b"")


async def server(wire: asyncio.Queue):
    buf = bytearray()
    received = []
    while True:
        chunk = await wire.get()
        if not chunk:
            break
        buf += chunk
        for kind, body in decode_frames(buf):
            try:
                text = body.decode("utf-8")
            except UnicodeDecodeError as exc:
                print(f"bad frame {body!r}: {exc}")
                print("  replaced:", body.decode("utf-8", errors="replace"), "ignored:", repr(body.decode("utf-8", "ignore")))
                continue
            received.append(text)
            print(f"kind={kind} len={len(body):2d} raw={body!r} text={text}")
    print("leftover:", buf, "received:", received)
    return received


async def main():
    wire = asyncio.Queue()
    msgs = ["hello", "naïve café", "emoji 🎉", "quote ' and \"", ""]
    srv = asyncio.create_task(server(wire))
    await client(wire, msgs)
    got = await srv
    print(got == msgs[:-1] + [""], [encode_frame(1, m)[:5] for m in msgs[:2]])
    print(encode_frame(2, "x").hex(" "), bytes.fromhex("0000000102 78") == encode_frame(2, "x"))


asyncio.run(main())
