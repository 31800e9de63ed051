# get_event_loop outside a coroutine creates a loop once (no DeprecationWarning in 3.11.7),
# set_event_loop(None) makes it fail, asyncio.run refuses nested use and non-coroutines.
import asyncio

loop = asyncio.get_event_loop()
print(loop is asyncio.get_event_loop(), loop.is_running(), loop.is_closed())

async def f():
    print("inside: same loop =", asyncio.get_event_loop() is asyncio.get_running_loop())
    return 5

print(loop.run_until_complete(f()), loop.run_until_complete(asyncio.gather(f(), f())))
loop.close()
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)

async def nested():
    coro = f()
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    finally:
        coro.close()

asyncio.run(nested())
try:
    asyncio.run(5)
except ValueError as e:
    print("ValueError:", e)
print(asyncio.run(f()))
new = asyncio.new_event_loop()
print(new.run_until_complete(f()))
new.close()
