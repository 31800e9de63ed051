"""Meter readings arrive as raw bytes; each batch is parsed by tasks that run in an
explicit per-tenant Context (TaskGroup.create_task and loop.create_task with context=)."""
import asyncio
import contextvars

tenant = contextvars.ContextVar("tenant", default="anonymous")
unit = contextvars.ContextVar("unit", default="kWh")
parsed = contextvars.ContextVar("parsed", default=0)


def tenant_context(name, meter_unit=None):
    ctx = contextvars.copy_context()
    ctx.run(tenant.set, name)
    if meter_unit:
        ctx.run(unit.set, meter_unit)
    return ctx


async def parse_reading(raw):
    await asyncio.sleep(0.01)
    fields = raw.split(b";")
    meter = int(fields[0])
    value = float(fields[1])
    scale = int(bytearray(fields[2]), 16) if len(fields) > 2 else 1
    parsed.set(parsed.get() + 1)
    return f"{tenant.get()}/{meter}: {value * scale:.2f} {unit.get()} (#{parsed.get()})"


async def main():
    acme = tenant_context("acme")
    globex = tenant_context("globex", "MWh")
    batch = [(acme, b"101;12.5"), (globex, b" 7 ;0.25;0a"), (acme, b"102;3e2"), (None, b"5;1_000.5")]
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(parse_reading(raw), context=ctx) for ctx, raw in batch]
    for t in tasks:
        print(t.result())
    print("acme parsed", acme[parsed], "globex parsed", globex[parsed], "main parsed", parsed.get())

    loop = asyncio.get_running_loop()
    late = loop.create_task(parse_reading(b"900;-1.5;2"), context=globex, name="late")
    print(late.get_name(), await late)
    print("globex parsed", globex.run(parsed.get))

    bad = [b"x1;2.0", b"3;two", bytearray(b"4;5;zz")]
    for raw in bad:
        try:
            await loop.create_task(parse_reading(bytes(raw)), context=acme)
        except ValueError as exc:
            print("rejected:", exc)
    try:
        float(bytearray(b"n/a"))
    except ValueError as exc:
        print("rejected:", exc)
    async with asyncio.TaskGroup() as tg:
        pending = parse_reading(b"1;1")
        try:
            tg.create_task(pending, ctx=acme)
        except TypeError as exc:
            pending.close()
            print(exc)
        tg.create_task(parse_reading(b"1;1"), name="plain")
    print("acme parsed", acme[parsed])


asyncio.run(main())
