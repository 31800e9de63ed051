# A poller whose cleanup clauses decide control flow: return, break and
# continue inside finally clauses of try statements that await drop the
# pending exception or return value, as CPython does.
import asyncio


async def fetch(i):
    await asyncio.sleep(0.01)
    if i % 3 == 2:
        raise ConnectionError(f"poll {i} dropped")
    return i * i


async def poll_until_error():
    seen = []
    for i in range(6):
        try:
            seen.append(await fetch(i))
        finally:
            if i == 2:
                print("finally at", i, "breaks, dropping the error")
                break
            await asyncio.sleep(0)
    return seen


async def skip_errors():
    seen = []
    i = 0
    while i < 6:
        i += 1
        try:
            value = await fetch(i)
            if value > 10:
                return value
        finally:
            if i % 3 == 2:
                continue
        seen.append(value)
    return seen


async def overriding():
    try:
        return await fetch(1)
    finally:
        await asyncio.sleep(0)
        return "finally wins"


async def nested():
    out = []
    for attempt in range(3):
        try:
            try:
                await fetch(2)
            except ConnectionError as e:
                out.append(str(e))
                raise KeyError(attempt)
        finally:
            out.append(f"cleanup {attempt}")
            if attempt < 2:
                continue
            return out


async def main():
    print(await poll_until_error())
    print(await skip_errors())
    print(await overriding())
    print(await nested())


asyncio.run(main())
