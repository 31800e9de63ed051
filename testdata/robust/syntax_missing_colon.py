import asyncio

async def main():
    if True  # ERROR
        print("x")

asyncio.run(main())
