import asyncio


async def main():
    # CRLF and a BOM
    s = "a\r\nb"
    print(len(s), repr(s))
    await asyncio.sleep(0.1)
    print("done")

asyncio.run(main())
