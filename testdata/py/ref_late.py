# asyncio-semantics.md: example `late.py` (after rule R4), verbatim.
import asyncio
async def late():
    for i in range(1, 5):
        print("late step", i); await asyncio.sleep(0 if i < 3 else 1)
async def victim():
    try: await asyncio.sleep(10)
    finally: print("victim finally spawns a task"); asyncio.create_task(late())
async def main():
    asyncio.create_task(victim()); await asyncio.sleep(0)
asyncio.run(main())
print("after run")
