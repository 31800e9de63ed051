# Seed: ../shared/seeds/002_1bb1baf10662b436.txt, the "## DELAY ##" example (main with
# time.sleep(3)), verbatim, completed the way a reader would: the imports and the timestamped
# say_after def from "A example without await" in the same notes, and asyncio.run(main()).
import asyncio
import time

async def say_after(delay, what):
    print(time.time(),'Start say_after(%s, %s)' % (delay,what))
    await asyncio.sleep(delay)
    print(time.time(),what)

async def main():
    start_time = time.time()
    print(start_time, 'Before creating tasks.')
    task1 = asyncio.create_task(say_after(1, 'hello'))
    task2 = asyncio.create_task(say_after(2, 'world'))    
    print(time.time(),"Before delay - after creating tasks")
    await asyncio.sleep(0.1)
    time.sleep(3) ##  DELAY ##   
    print(time.time(),"After delay - before await tasks")
    await task1
    await task2
    end_time = time.time()
    print('Total time elapsed: %.2f seconds' % (end_time - start_time))

asyncio.run(main())
