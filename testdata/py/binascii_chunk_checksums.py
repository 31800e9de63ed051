"""Upload a file in chunks from several workers, with running CRC32 and Adler-32 checksums per chunk."""
import asyncio
import binascii
import zlib

PAYLOAD = bytes((i * 37 + 11) % 256 for i in range(300))


async def upload(worker: int, jobs: asyncio.Queue, results: dict):
    while True:
        index, chunk = await jobs.get()
        await asyncio.sleep(0.001 * (len(chunk) % 7))
        results[index] = (worker, binascii.crc32(chunk), zlib.adler32(chunk), binascii.hexlify(chunk[:4], ":"))
        jobs.task_done()


async def main():
    jobs = asyncio.Queue()
    size = 64
    chunks = [PAYLOAD[i:i + size] for i in range(0, len(PAYLOAD), size)]
    for i, c in enumerate(chunks):
        jobs.put_nowait((i, c))
    results = {}
    workers = [asyncio.create_task(upload(w, jobs, results)) for w in range(3)]
    await jobs.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    running_crc, running_adler = 0, 1
    for i in sorted(results):
        worker, crc, adler, head = results[i]
        running_crc = binascii.crc32(chunks[i], running_crc)
        running_adler = zlib.adler32(chunks[i], running_adler)
        print(f"chunk {i} worker {worker} crc={crc:08x} adler={adler:08x} head={head.decode()}")
    print(running_crc == zlib.crc32(PAYLOAD), running_adler == zlib.adler32(PAYLOAD), f"{running_crc:#010x}")
    print(binascii.hexlify(b"\x00\xffab"), binascii.b2a_hex(b"xyz"), binascii.unhexlify(b"DEADbeef"), binascii.a2b_hex("00ff"))
    print(binascii.hexlify(PAYLOAD[:6], "-", 2), binascii.hexlify(PAYLOAD[:6], b" ", -4), zlib.crc32(b""), zlib.adler32(b""), zlib.crc32(b"a", -1))
    for bad in ["abc", "zz", "0g"]:
        try:
            binascii.unhexlify(bad)
        except binascii.Error as exc:
            print(f"{bad!r}: {type(exc).__name__}: {exc}")
    try:
        zlib.crc32("text")
    except TypeError as exc:
        print("TypeError:", exc)


asyncio.run(main())
