# Results through TaskGroup, Condition.wait_for, run_until_complete, shield, wait_for, timeouts.
import asyncio


async def produce(n):
    await asyncio.sleep(0.01 * n)
    return [n]


async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(produce(1))
        t2 = tg.create_task(produce(2))
    both = t1.result() + t2.result()
    both.append("mixed")
    cond = asyncio.Condition()
    state = {"ready": False}

    async def setter():
        async with cond:
            state["ready"] = True
            cond.notify_all()

    asyncio.create_task(setter())
    async with cond:
        ok = await cond.wait_for(lambda: state["ready"])
    shielded = await asyncio.shield(produce(0))
    waited = await asyncio.wait_for(produce(0), timeout=1)
    try:
        async with asyncio.timeout(0.001):
            await asyncio.sleep(1)
    except TimeoutError as e:
        err = e
    fut = asyncio.get_running_loop().create_future()
    fut.add_done_callback(lambda f: print("cb", f.exception()))
    fut.set_exception(ValueError("boom"))
    await asyncio.sleep(0)
    ex = fut.exception()
    print(both, ok, shielded, waited, err, ex)
    return shielded


loop = asyncio.new_event_loop()
result = loop.run_until_complete(main())
loop.close()
print(result)
