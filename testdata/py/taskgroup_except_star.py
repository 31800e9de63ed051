# TaskGroup: success, one failure cancelling siblings, several failures, except* splitting.
import asyncio

async def child(name, delay, exc=None):
    try:
        await asyncio.sleep(delay)
        if exc:
            raise exc(name)
        print(name, "ok")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(child("a", 0.01))
        t2 = tg.create_task(child("b", 0.02), name="bee")
    print("all done:", t1.result(), t2.result(), t2.get_name())

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("c", 0.01, ValueError))
            tg.create_task(child("d", 1))
            print("body finished")
    except* ValueError as eg:
        print("except* ValueError:", repr(eg), eg.exceptions)

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("e", 0.01, ValueError))
            tg.create_task(child("f", 0.01, KeyError))
            tg.create_task(child("g", 0.01, TypeError))
    except* (ValueError, TypeError) as eg:
        print("matched:", sorted(type(e).__name__ for e in eg.exceptions), str(eg))
    except* KeyError as eg:
        print("key errors:", eg.exceptions)

    try:
        raise ExceptionGroup("many", [ValueError(1), KeyError(2), ValueError(3)])
    except* ValueError as eg:
        print("values:", eg.exceptions, eg.message)
    except* KeyError as eg:
        print("keys:", eg.exceptions)

asyncio.run(main())
