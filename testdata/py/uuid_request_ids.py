"""Request tracing: deterministic resource ids from uuid5/uuid3, random request ids from uuid4,
parsing ids from headers, and ids as dict keys and sort keys."""
import asyncio
import random
import uuid

SERVICE_NS = uuid.uuid5(uuid.NAMESPACE_DNS, "orders.example.com")


def resource_id(kind, key):
    return uuid.uuid5(SERVICE_NS, f"{kind}:{key}")


async def handle(request_no, headers, seen):
    await asyncio.sleep(0.01 * (request_no % 3))
    rid = uuid.uuid4()
    assert rid.version == 4 and rid.variant == uuid.RFC_4122 and len(str(rid)) == 36 and rid.hex == str(rid).replace("-", "")
    seen.add(rid)
    raw = headers.get("X-Trace-Id")
    try:
        trace = uuid.UUID(raw) if raw is not None else None
    except ValueError as exc:
        return f"request {request_no}: bad trace id {raw!r}: {exc}"
    except TypeError as exc:
        return f"request {request_no}: bad trace id {raw!r}: TypeError: {exc}"
    order = resource_id("order", request_no)
    return f"request {request_no}: trace={trace} order={order} v{order.version}"


async def main():
    print("service namespace:", SERVICE_NS, repr(SERVICE_NS))
    print("dns/url/oid/x500:", uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
    print("md5 based:", uuid.uuid3(uuid.NAMESPACE_URL, "https://example.com/orders/7"))
    headers = [
        {"X-Trace-Id": "6f1c2b9e-3d4a-4b5c-9e8f-0a1b2c3d4e5f"},
        {"X-Trace-Id": "{6F1C2B9E-3D4A-4B5C-9E8F-0A1B2C3D4E5F}"},
        {"X-Trace-Id": "urn:uuid:6f1c2b9e3d4a4b5c9e8f0a1b2c3d4e5f"},
        {"X-Trace-Id": "not-a-uuid"},
        {"X-Trace-Id": "6f1c2b9e-3d4a-4b5c-9e8f-0a1b2c3d4e5z"},
        {},
    ]
    seen = set()
    random.seed(7)
    before = random.random()
    random.seed(7)
    for line in await asyncio.gather(*(handle(i, h, seen) for i, h in enumerate(headers))):
        print(line)
    print("uuid4 left random alone:", random.random() == before, "| distinct request ids:", len(seen))

    ids = {resource_id("user", name): name for name in ["ada", "grace", "linus"]}
    for key in sorted(ids):
        print(key, ids[key], key.int % 1000, key.fields[0], hex(key.node), key.time_low, key.clock_seq)
    print("lookup:", ids[resource_id("user", "grace")], resource_id("user", "grace") in ids)
    a, b = uuid.UUID(int=1), uuid.UUID(int=2**120)
    print(a < b, a == uuid.UUID("00000000-0000-0000-0000-000000000001"), a == 1, a != b, max(a, b))
    print(uuid.UUID(fields=(0x12345678, 0x1234, 0x5678, 0x12, 0x34, 0x567812345678)), uuid.UUID(int=0, version=4))
    print(a.urn, a.variant, a.version, type(a).__name__, isinstance(a, uuid.UUID))
    for bad in [lambda: uuid.UUID(int=2**128), lambda: uuid.UUID(), lambda: uuid.UUID("12" * 16, version=6),
                lambda: uuid.UUID(fields=(1, 2, 3)), lambda: uuid.UUID(fields=(2**32, 0, 0, 0, 0, 0)),
                lambda: setattr(a, "int", 5), lambda: uuid.uuid5("orders", "x")]:
        try:
            bad()
        except (ValueError, TypeError, AttributeError) as exc:
            print(f"{type(exc).__name__}: {exc}")


asyncio.run(main())
