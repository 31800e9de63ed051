# A manually managed loop: run_until_complete, run_forever with stop(), leftovers carried over,
# is_running/is_closed, and the error after close().
import asyncio

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)

def chain(n):
    print("chain", n)
    if n < 5:
        loop.call_soon(chain, n + 1)

loop.call_soon(chain, 0)
loop.stop()
loop.call_soon(print, "queued after stop()")
loop.run_forever()
print("-- run_forever returned, running:", loop.is_running())

async def co(x):
    await asyncio.sleep(0.01)
    print("co", x, "running:", loop.is_running())
    return x * 2

print("result", loop.run_until_complete(co(21)))

def stopper():
    print("stopping")
    loop.stop()

loop.call_later(0.05, stopper)
loop.run_forever()
print("-- stopped at", loop.time())
loop.close()
print("closed:", loop.is_closed())
try:
    loop.call_soon(print, "never")
except RuntimeError as e:
    print("RuntimeError:", e)
