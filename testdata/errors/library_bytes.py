import base64
import hashlib
import zlib
from hashlib import blake2b  # ERROR "'hashlib.blake2b' is not supported"

digest = hashlib.sha256(b"payload").hexdigest()
h = hashlib.shake_128(b"x")  # ERROR "'hashlib.shake_128' is not supported"
z = zlib.compress(b"x")  # ERROR "'zlib.compress' is not supported"
e = base64.b85encode(b"x")  # ERROR "'base64.b85encode' is not supported"
print(digest, zlib.crc32(b"x"), base64.b64encode(b"x"))
