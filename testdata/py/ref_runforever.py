# asyncio-semantics.md: example `runforever.py` (after rule L8), verbatim.
import asyncio
loop = asyncio.new_event_loop()
def chain(n):
    print("chain", n); loop.call_soon(chain, n + 1)
loop.call_soon(chain, 0); loop.stop(); loop.call_soon(print, "queued after stop()")
loop.run_forever(); print("-- run_forever returned")
loop.call_soon(loop.stop); loop.run_forever(); print("-- again")
async def co(): await asyncio.sleep(0); print("co done")
loop.run_until_complete(co()); print("-- ruc returned")
loop.close()
