# Request ids with contextvars: each handler task sets its own id, child tasks inherit a copy
# (their changes stay theirs), loop callbacks and to_thread see the id current when they were
# scheduled, and tokens restore the previous value.
import asyncio
import contextvars
import threading

request_id = contextvars.ContextVar("request_id", default="no-request")
depth = contextvars.ContextVar("depth", default=0)
tenant = contextvars.ContextVar("tenant")

audit = []


def log(msg):
    print(f"[{request_id.get()}|{tenant.get('?')}|d{depth.get()}] {msg}")


def blocking_lookup(key):
    # Runs in a worker thread, in a copy of the caller's context.
    depth.set(depth.get() + 100)
    return f"{key} for {request_id.get()} on a worker, depth {depth.get()}"


async def fetch_part(part):
    depth.set(depth.get() + 1)
    log(f"fetching {part}")
    await asyncio.sleep(0.01 * part)
    log(f"fetched {part}")
    return part * 10


async def handle(rid, parts):
    token = request_id.set(rid)
    tenant.set(rid.upper())
    log("handling")
    results = await asyncio.gather(*(fetch_part(p) for p in parts))
    log(f"results {results}; children's depth changes stayed theirs")
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    loop.call_soon(lambda: audit.append(request_id.get()))
    loop.call_later(0.05, lambda: done.set_result(f"timer saw {request_id.get()}"))
    request_id.set(rid + "-late")  # callbacks already hold copies
    print(await done)
    request_id.reset(token)
    log("after reset")
    return sum(results)


async def main():
    log("main starts")
    totals = await asyncio.gather(handle("req-a", [1, 2]), handle("req-b", [3]))
    print("totals:", totals, "audit:", audit)
    log("main after gather")

    request_id.set("req-c")
    print(await asyncio.to_thread(blocking_lookup, "profile"))
    log("depth unchanged by the thread")

    ctx = contextvars.copy_context()
    ctx.run(request_id.set, "inside-ctx")
    print("ctx has", ctx[request_id], "| current", request_id.get(), "| in:", tenant in ctx, len(ctx))
    try:
        ctx.run(ctx.run, print, "nested")
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(":")[0])
    try:
        tenant.get()
    except LookupError:
        print("tenant unset in main: LookupError")
    other = contextvars.ContextVar("other")
    t = other.set(1)
    try:
        request_id.reset(t)
    except ValueError as e:
        print("ValueError:", str(e).split(">")[-1].strip())
    print("old value:", t.old_value, "var:", t.var.name)

    seen = []
    th = threading.Thread(target=lambda: seen.append(request_id.get()))
    th.start()
    th.join()
    print("a new thread starts empty:", seen)


log("before run")
asyncio.run(main())
log("after run")
