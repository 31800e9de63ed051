# Seed: ../shared/seeds/003_f911fc77077176f1.txt, the gather snippet ("many = asyncio.gather(...)").
# Its "# ..." lines stand for the import and the mycoro def of the previous snippet, filled in here.
import asyncio


async def mycoro(number):
    print("Starting %d" % number)
    await asyncio.sleep(1)
    print("Finishing %d" % number)   # runs later
    return str(number)

# ...
# ...

many = asyncio.gather(
    mycoro(3),
    mycoro(4),
    mycoro(5)
)


loop = asyncio.get_event_loop()
print("Running many:")
result = loop.run_until_complete(many)
print(result)
loop.close()

# Result:
#
# Running many:
# Starting 3
# Starting 5
# Starting 4
# Finishing 3
# Finishing 5
# Finishing 4
# ['3', '4', '5']
