"""A line-oriented reader over chunked input, like a StreamReader fed by a socket task."""
import asyncio

CHUNKS = [b"GET /index", b".html HTTP/1.1\r\nHost: exa", b"mple.org\r\nX-Len: 12\r\n", b"\r\nhello, body", b"!"]


class LineReader:
    def __init__(self):
        self.buf = bytearray()
        self.eof = False
        self.ready = asyncio.Event()

    def feed(self, data: bytes):
        self.buf.extend(data)
        self.ready.set()

    def feed_eof(self):
        self.eof = True
        self.ready.set()

    async def readline(self) -> bytes:
        while True:
            i = self.buf.find(b"\n")
            if i >= 0:
                line = bytes(self.buf[:i + 1])
                del self.buf[:i + 1]
                return line
            if self.eof:
                rest, self.buf = bytes(self.buf), bytearray()
                return rest
            self.ready.clear()
            await self.ready.wait()

    async def readexactly(self, n: int) -> bytes:
        while len(self.buf) < n and not self.eof:
            self.ready.clear()
            await self.ready.wait()
        out = bytes(self.buf[:n])
        del self.buf[:n]
        return out


async def network(reader: LineReader):
    for chunk in CHUNKS:
        await asyncio.sleep(0.01)
        reader.feed(chunk)
    reader.feed_eof()


async def parse(reader: LineReader):
    request = (await reader.readline()).rstrip(b"\r\n")
    method, path, version = request.split(b" ")
    print(method, path, version.split(b"/")[1], path.endswith(b".html"), path.count(b"/"))
    headers = {}
    while (line := await reader.readline()) not in (b"\r\n", b""):
        name, _, value = line.partition(b":")
        headers[name.strip().lower()] = value.strip()
    print(headers)
    body = await reader.readexactly(int(headers[b"x-len"]))
    print(body, body.upper(), body.title(), body.split(b", "), body[::-1])
    tail = await reader.readline()
    print("tail:", tail, len(reader.buf), reader.buf)
    ba = bytearray(b"abc")
    ba[1] = ord("B")
    ba[2:] = b"CDE"
    ba.insert(0, 0x3e)
    ba.reverse()
    print(ba, ba.pop(), ba.pop(0), ba, bytes(ba) in body, b"l" in body, 0x6c in body)
    for bad in [lambda: ba.append(256), lambda: ba.remove(0), lambda: b"x"[5], lambda: bytearray()[0], lambda: body.split(b"")]:
        try:
            bad()
        except (ValueError, IndexError) as exc:
            print(type(exc).__name__, exc)


async def main():
    reader = LineReader()
    await asyncio.gather(network(reader), parse(reader))


asyncio.run(main())
