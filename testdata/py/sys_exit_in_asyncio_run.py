# sys.exit raised inside a coroutine ends asyncio.run: pending tasks are cancelled first.
import asyncio
import sys

async def background():
    try:
        await asyncio.sleep(10)
    finally:
        print("background cancelled during shutdown")

async def main():
    asyncio.create_task(background())
    await asyncio.sleep(0.01)
    print("main exits with 2")
    sys.exit(2)

asyncio.run(main())
