"""Download payloads concurrently, verify their checksums, and keep a manifest keyed by digest."""
import asyncio
import hashlib

CATALOG = {
    "readme.txt": (b"Read me first.\n", "sha256"),
    "logo.bin": (bytes(range(0, 256, 5)), "md5"),
    "data.csv": (b"id,name\n1,ada\n2,grace\n", "sha1"),
    "notes.md": ("# Notes\n\nÜbersicht – résumé\n".encode(), "sha512"),
}


async def download(name: str, delay: float) -> bytes:
    await asyncio.sleep(delay)
    payload, _ = CATALOG[name]
    if name == "data.csv":
        # A flaky mirror truncates the file.
        return payload[:-7]
    return payload


def expected_digest(name: str) -> str:
    payload, algo = CATALOG[name]
    return hashlib.new(algo, payload).hexdigest()


async def fetch_and_verify(name: str, delay: float, manifest: dict) -> str:
    data = await download(name, delay)
    algo = CATALOG[name][1]
    h = hashlib.new(algo)
    # Hash in chunks, as a streaming download would.
    for i in range(0, len(data), 8):
        h.update(data[i:i + 8])
    got = h.hexdigest()
    if got != expected_digest(name):
        raise ValueError(f"{name}: {algo} mismatch {got[:12]} != {expected_digest(name)[:12]}")
    manifest[h.digest()[:6]] = name
    return f"{name:10} {h.name:6} {h.digest_size:2d} bytes {got[:16]}"


async def main():
    manifest = {}
    names = list(CATALOG)
    results = await asyncio.gather(
        *(fetch_and_verify(n, 0.01 * (len(names) - i), manifest) for i, n in enumerate(names)),
        return_exceptions=True,
    )
    for r in results:
        print(r if isinstance(r, str) else f"FAILED: {r}")
    for key in sorted(manifest):
        print(key.hex(), key, manifest[key])
    total = hashlib.sha256()
    for key in sorted(manifest):
        total.update(key)
    snapshot = total.copy()
    total.update(b"trailer")
    print("manifest:", snapshot.hexdigest()[:20], total.hexdigest()[:20])
    print(hashlib.md5(b"").hexdigest(), hashlib.sha1(b"abc").digest()[:5], hashlib.sha3_256(b"abc").hexdigest()[:10])
    for bad in [lambda: hashlib.sha256("text"), lambda: hashlib.new("md4x"), lambda: hashlib.md5().update(42)]:
        try:
            bad()
        except (TypeError, ValueError) as exc:
            print(type(exc).__name__, exc)


asyncio.run(main())
