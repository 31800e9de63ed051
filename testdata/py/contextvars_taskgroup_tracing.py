# Tracing spans with contextvars across a TaskGroup, callbacks and worker threads: every task
# starts from its parent's span, set() inside a task never leaks upward, a copied context can be
# run later (also from a thread), and reset() restores the enclosing span.
import asyncio
import contextvars
import threading

span = contextvars.ContextVar("span", default="root")
events = []


def trace(msg):
    events.append(f"{span.get()}: {msg}")


async def step(name, delay):
    parent = span.get()
    token = span.set(f"{parent}/{name}")
    try:
        await asyncio.sleep(delay)
        trace("finished")
        if name == "bad":
            raise RuntimeError(f"{name} failed under {span.get()}")
        return span.get()
    finally:
        span.reset(token)


async def request(rid):
    span.set(f"req{rid}")
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(step("db", 0.2))
        b = tg.create_task(step("cache", 0.1))
    trace(f"children gave {a.result()} and {b.result()}")
    return span.get()


def in_thread(ctx, out):
    out.append(ctx.run(span.get))
    out.append(span.get())  # a thread's own context starts empty


async def main():
    print(await asyncio.gather(request(1), request(2)))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(step("ok", 0.1))
            tg.create_task(step("bad", 0.2))
    except* RuntimeError as eg:
        print("group failed:", [str(e) for e in eg.exceptions])
    span.set("main-span")
    loop = asyncio.get_running_loop()
    fired = asyncio.Event()
    loop.call_later(0.1, lambda: (trace("timer"), fired.set()))
    span.set("changed-after-scheduling")
    await fired.wait()
    given = contextvars.copy_context()
    given.run(span.set, "given-ctx")
    loop.call_soon(trace, "call_soon with context=", context=given)
    loop.call_later(0.05, span.set, "set by a timer", context=given)
    await asyncio.sleep(0.1)
    print("the given context was changed in place:", given[span], "| main still", span.get())
    ctx = contextvars.copy_context()
    out = []
    t = threading.Thread(target=in_thread, args=(ctx, out))
    t.start()
    t.join()
    print("thread saw:", out)
    print("\n".join(sorted(events)))
    print("main ends in", span.get(), "at", loop.time())


asyncio.run(main())
print("module sees", span.get())
