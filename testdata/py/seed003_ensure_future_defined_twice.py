# Seed: ../shared/seeds/003_f911fc77077176f1.txt, the ensure_future snippet (mycoro defined
# twice, ensure_future called twice at module level), verbatim.
import asyncio


async def mycoro(number):
    print("Starting %d" % number)
    await asyncio.sleep(1)
    print("Finishing %d" % number)   # runs later
    return str(number)

# Note that it kicks the coroutine off and starts running it!!
c = mycoro(3)
task = asyncio.ensure_future(c)

# # or Python 3.7 above: 
# task = asyncio.create_task(c)

async def mycoro(number):
    print("Starting %d" % number)
    await asyncio.sleep(1)
    print("Finishing %d" % number)   # runs later
    return str(number)


c = mycoro(3)
task = asyncio.ensure_future(c)

# # or Python 3.7 above: 
# task = asyncio.create_task(c)

loop = asyncio.get_event_loop()
loop.run_until_complete(task)
loop.close()
