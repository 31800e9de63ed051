# Seed: ../shared/seeds/003_f911fc77077176f1.txt, "Coroutines calling coroutines" (f1 awaits
# f2), verbatim plus the missing "import asyncio".
import asyncio


async def f2():
    print("Start f2")
    await asyncio.sleep(1)
    print("Stop f2")


async def f1():
    print("Start f1")
    await f2()
    print("Stop f1")

# # We can also give coroutines directly to event loop
# # without creating a future from them.
# task = asyncio.ensure_future(f1())

loop = asyncio.get_event_loop()
loop.run_until_complete(f1())
loop.close()

# Result: 
# 
# Start f1
# Start f2
# Stop f2
# Stop f1
