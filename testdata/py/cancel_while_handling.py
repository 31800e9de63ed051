# A job runner cancels workers that are in the middle of recovering from
# an error: the CancelledError each coroutine sees carries, as __context__,
# what that coroutine itself was handling when the cancel came in.
import asyncio


async def wait_for_retry(gate, name):
    try:
        await gate
    except asyncio.CancelledError as e:
        print(name, "retry wait cancelled; context:", repr(e.__context__))
        raise


async def recover(gate, name):
    try:
        raise TimeoutError(name + " slow")
    except TimeoutError:
        await wait_for_retry(gate, name)


async def worker(gate, name):
    try:
        raise ConnectionError(name + " reset")
    except ConnectionError:
        try:
            await recover(gate, name)
        except asyncio.CancelledError as e:
            print(name, "recovery cancelled; context:", repr(e.__context__))
            return "cancelled"


async def plain(gate):
    try:
        await gate
    except asyncio.CancelledError as e:
        print("plain worker cancelled; context:", repr(e.__context__))
        raise


async def main():
    gate = asyncio.get_running_loop().create_future()
    workers = [asyncio.create_task(worker(gate, n)) for n in ("w1", "w2")]
    bystander = asyncio.create_task(plain(gate))
    await asyncio.sleep(0)
    for t in workers:
        t.cancel()
    bystander.cancel("shutting down")
    results = await asyncio.gather(*workers, bystander, return_exceptions=True)
    print([r if isinstance(r, str) else repr(r) for r in results])


asyncio.run(main())
