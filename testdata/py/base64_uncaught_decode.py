"""A config loader task decodes base64 secrets; a malformed one ends the program."""
import asyncio
import base64

SECRETS = {"db": "cGFzc3dvcmQ=", "api": "c2VjcmV0LWtleQ==", "smtp": "bWFpbC1wYXNz"}


async def load(name: str) -> bytes:
    await asyncio.sleep(0.01)
    value = base64.b64decode(SECRETS[name])
    print(f"{name}: {len(value)} bytes, starts {value[:3]!r}")
    return value


async def main():
    loaded = await asyncio.gather(*(load(n) for n in SECRETS))
    print("total", sum(map(len, loaded)))
    SECRETS["broken"] = "YWJj" + "ZA"  # padding was stripped upstream
    print(base64.b16encode(loaded[0]), base64.b32encode(b"ok"), base64.b16decode(b"6F6B"), base64.b32decode("N5VQ===="))
    await load("broken")


asyncio.run(main())
