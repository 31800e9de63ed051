# operands are read left to right even when a later operand awaits and
# another task changes the variable meanwhile
import asyncio

counter = 0

async def bump():
    global counter
    await asyncio.sleep(0)
    counter += 1
    return counter

async def get(v):
    await asyncio.sleep(0.01)
    return v

async def main():
    global counter
    local = 10
    def set_local():
        nonlocal local
        local = 20
        return "set"
    t = asyncio.create_task(bump())
    print(counter, await get("slept"), counter)
    asyncio.create_task(bump())
    total = counter + await get(100)
    print("total", total, counter)
    asyncio.create_task(bump())
    counter += await get(1000)
    print("counter", counter)
    print(local, set_local(), local)
    items = [local, set_local(), [counter, await get(0)]]
    print(items, {"a": local, "b": await t})

asyncio.run(main())
