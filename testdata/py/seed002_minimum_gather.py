# Seed: ../shared/seeds/002_1bb1baf10662b436.txt, "A minimum example" (dedented; the
# ">>> asyncio.run(main())" prompt line becomes the plain call a script would make).
import asyncio

async def worker():
  print("One")
  await asyncio.sleep(1)
  print("Two")

async def main():
  await asyncio.gather(worker(), worker(), worker())

asyncio.run(main())
