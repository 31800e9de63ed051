# asyncio-semantics.md: example `gel.py` (after rule R5), verbatim.
import asyncio, warnings
warnings.simplefilter("error")          # would turn any DeprecationWarning into an error
loop = asyncio.get_event_loop()         # no running loop, none set: silently creates one
async def f(): return 5
print(loop.run_until_complete(f()), loop.run_until_complete(asyncio.gather(f(), f())))
loop.close()
asyncio.set_event_loop(None)
try: asyncio.get_event_loop()
except RuntimeError as e: print("RuntimeError:", e)
