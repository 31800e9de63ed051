# Tasks and callbacks created in loops capture their loop variables correctly (arguments and
# default values), results are collected by dict and list comprehensions.
import asyncio

async def square_later(n):
    await asyncio.sleep(0.01 * (5 - n))
    print("squared", n)
    return n * n

async def main():
    loop = asyncio.get_running_loop()
    tasks = {n: asyncio.create_task(square_later(n)) for n in range(5)}
    seen = []
    for n, t in tasks.items():
        t.add_done_callback(lambda f, n=n: seen.append(n))
    done = {n: await t for n, t in tasks.items()}
    print(done)
    await asyncio.sleep(0)
    print("callbacks saw", seen)
    order = []
    for i in range(3):
        loop.call_later(0.01 * (3 - i), order.append, i)
    await asyncio.sleep(0.05)
    print(order)

asyncio.run(main())
