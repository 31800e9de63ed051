# call_soon, call_later, call_at, handle cancellation and their ordering against loop.time().
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()

    def report(tag, *extra):
        print(f"{tag} at +{loop.time() - start:.2f}", *extra)

    loop.call_later(0.03, report, "later 0.03")
    loop.call_later(0.01, report, "later 0.01")
    loop.call_at(start + 0.02, report, "at 0.02")
    h = loop.call_later(0.015, report, "cancelled timer")
    s = loop.call_soon(report, "cancelled soon")
    loop.call_soon(report, "soon", "with", "args")
    h.cancel()
    s.cancel()
    print("handles cancelled:", h.cancelled(), s.cancelled(), "when:", h.when() - start)
    await asyncio.sleep(0.05)

    fired = []
    for i in range(3):
        loop.call_soon(fired.append, ("soon", i))
        loop.call_later(0, fired.append, ("later0", i))
    await asyncio.sleep(0)
    print(fired)
    await asyncio.sleep(0)
    print(fired)

    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, "from timer")
    print(await fut, loop.time() - start)

asyncio.run(main())
