from asyncio import *


async def main():
    await sleep(0)
    print("star import")

run(main())
