import asyncio


class chan(Exception):
    pass


class error(chan):
    pass


class panic(Exception):
    pass


async def go(select):
    try:
        await asyncio.sleep(0.01)
        raise error(select)
    finally:
        print("finally", select)


async def main():
    tasks = [asyncio.create_task(go(i), name=f"defer-{i}") for i in range(3)]
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print([type(r).__name__ for r in results], [str(r) for r in results])
    try:
        await go("x")
    except chan as recover:
        print("caught", repr(recover), isinstance(recover, error))
    raise panic("at the end")


asyncio.run(main())
