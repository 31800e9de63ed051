"""Request handlers run as tasks, some inside an explicit request Context; finished tasks report their (empty) stacks."""
import asyncio
import contextvars
import sys

request_id = contextvars.ContextVar("request_id", default="none")
user = contextvars.ContextVar("user")


async def handle(path: str, delay: float) -> str:
    rid = request_id.get()
    who = user.get("anonymous")
    await asyncio.sleep(delay)
    request_id.set(f"{rid}+done")
    if path == "/boom":
        raise RuntimeError(f"handler failed for {rid}")
    return f"{path} by {who} [{rid}]"


async def main():
    contexts = []
    tasks = []
    for i, (path, who) in enumerate([("/a", "ada"), ("/b", None), ("/boom", "eve")]):
        ctx = contextvars.copy_context()
        ctx.run(request_id.set, f"req-{i}")
        if who:
            ctx.run(user.set, who)
        contexts.append(ctx)
        tasks.append(asyncio.create_task(handle(path, 0.01 * (3 - i)), name=f"h{i}", context=ctx))
    plain = asyncio.create_task(handle("/plain", 0.005))
    results = await asyncio.gather(*tasks, plain, return_exceptions=True)
    for r in results:
        print(repr(r))
    print("main sees", request_id.get(), user.get("nobody"))
    for ctx in contexts:
        print(" ctx:", ctx[request_id], ctx.get(user, "-"), len(ctx))
    tasks[0].print_stack(file=sys.stdout)
    plain.print_stack(limit=0, file=sys.stdout)
    print(tasks[1].get_stack(), tasks[2].get_stack(limit=0))
    late = asyncio.create_task(handle("/late", 1))
    await asyncio.sleep(0)
    late.cancel()
    await asyncio.gather(late, return_exceptions=True)
    late.print_stack(file=sys.stdout)
    print(late.get_stack(), late.cancelled())


asyncio.run(main())
