"""Build and log binary messages: reprs, formatting, comparisons and bytes as dict keys."""
import asyncio


class Message:
    def __init__(self, topic: bytes, body: bytes):
        self.topic = topic
        self.body = body

    def __repr__(self):
        return f"Message({self.topic!r}, {len(self.body)} bytes)"

    def wire(self) -> bytes:
        return b"%s|%d|%s" % (self.topic, len(self.body), self.body)


async def publish(bus: dict, msg: Message):
    await asyncio.sleep(0)
    bus.setdefault(msg.topic, []).append(msg)


async def main():
    bus = {}
    msgs = [
        Message(b"orders", b"id=7;qty=2"),
        Message(b"alerts", b"disk 91%"),
        Message(b"orders", b"id=8;qty=1"),
        Message(b"raw", bytes([0, 9, 10, 13, 39, 34, 92, 127, 128, 255])),
        Message(b"quotes", b"it's \"fine\""),
    ]
    await asyncio.gather(*(publish(bus, m) for m in msgs))
    for topic in sorted(bus):
        print(topic, bus[topic])
    for m in msgs:
        print(m.wire())
    print(f"{msgs[3].body}", str(msgs[4].body), "%s / %r" % (msgs[1].body, msgs[1].body))
    print(repr(b"'"), repr(b'"'), repr(b"'\""), bytearray(b"it's"), repr(bytearray(b'say "x"')))
    print(b"abc" < b"abd", b"ab" < b"abc", b"b" > b"abc", b"x" == bytearray(b"x"), b"x" != "x", max([b"a", b"c", b"b"]))
    print(b"-".join(sorted(bus)), b"%05.1f%%" % 12.345, b"%c%c" % (72, b"i"), b"%x" % 255, b"%-6s|" % b"ab")
    print(b"  pad  ".strip(), b"a,b,,c".split(b","), b"k=v".partition(b"="), b"x" * 3, 2 * b"yz", b"" or b"empty")
    for bad in [lambda: b"%s" % "str", lambda: b"%d" % b"1", lambda: format(b"x", "10"), lambda: b"a" < "a", lambda: b"x" + 1]:
        try:
            bad()
        except TypeError as exc:
            print("TypeError:", exc)
    counts = {}
    for m in msgs:
        for byte in m.body[:3]:
            counts[byte] = counts.get(byte, 0) + 1
    print(sorted(counts.items())[:5], bytes(sorted(counts)[:8]))


asyncio.run(main())
