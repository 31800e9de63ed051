"""Issue and check session tokens: JSON claims, base64url without padding, and a checksum."""
import asyncio
import base64
import binascii
import json
import zlib


def issue(claims: dict) -> str:
    raw = json.dumps(claims, sort_keys=True).encode()
    crc = zlib.crc32(raw).to_bytes(4, "big")
    return base64.urlsafe_b64encode(raw + crc).rstrip(b"=").decode("ascii")


def check(token: str) -> dict:
    padded = token + "=" * (-len(token) % 4)
    blob = base64.urlsafe_b64decode(padded)
    raw, crc = blob[:-4], int.from_bytes(blob[-4:], "big")
    if zlib.crc32(raw) != crc:
        raise ValueError(f"checksum mismatch: {crc:08x} != {zlib.crc32(raw):08x}")
    return json.loads(raw)


async def login(user: str, delay: float) -> str:
    await asyncio.sleep(delay)
    return issue({"user": user, "scopes": ["read"] + (["admin"] if user == "root" else [])})


async def main():
    tokens = await asyncio.gather(login("ada", 0.02), login("root", 0.01), login("zoë", 0.03))
    for t in tokens:
        print(len(t), t[:24], check(t))
    forged = tokens[0][:-6] + ("A" if tokens[0][-6] != "A" else "B") + tokens[0][-5:]
    cases = {
        "forged": forged,
        "truncated": tokens[1][:-1],
        "garbage": "!!!!",
        "one char": "Q",
    }
    for label, tok in cases.items():
        try:
            print(label, "->", check(tok))
        except binascii.Error as exc:
            print(label, "-> binascii.Error:", exc)
        except ValueError as exc:
            print(label, "-> ValueError:", exc)
    print(base64.b64encode(b"\xfb\xef\xff"), base64.urlsafe_b64encode(b"\xfb\xef\xff"), base64.b64encode(b"\xfb\xef", altchars=b"*!"))
    print(base64.b64decode("SGVs bG8=\n"), base64.standard_b64decode(b"SGk="), base64.b64decode(b"a-_b", altchars=b"-_"))
    for data, strict in [("SGk=", True), ("SG k=", True), ("SGk=x", True), ("=SGk", True), ("SGk", False)]:
        try:
            print(repr(data), base64.b64decode(data, validate=strict))
        except binascii.Error as exc:
            print(repr(data), "error:", exc)
    print(binascii.a2b_base64(b"SGk=\n"), binascii.b2a_base64(b"Hi"), binascii.b2a_base64(b"Hi", newline=False))
    try:
        base64.b64decode(3.5)
    except TypeError as exc:
        print("TypeError:", exc)


asyncio.run(main())
