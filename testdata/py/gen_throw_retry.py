"""A retrying job scheduler whose schedule is a generator: errors are thrown
into it, delegation goes through yield from, and tasks share one source."""
import asyncio


class RetryableError(Exception):
    pass


def backoff(base, limit):
    delay = base
    attempts = 0
    while attempts < limit:
        try:
            attempts += 1
            yield delay
            delay = base
        except RetryableError as e:
            print(f"  backoff: {e} after attempt {attempts}")
            delay = delay * 2
    return attempts


def plan(jobs):
    for job in jobs:
        used = yield from backoff(0.1, 3)
        print(f"  plan: {job} used {used} slots")
    return "plan complete"


def ids(prefix):
    n = 0
    while True:
        n += 1
        yield f"{prefix}-{n}"


def reentrant():
    me = yield "started"
    yield next(me)


def leaks_stop():
    yield 1
    raise StopIteration("oops")


async def run(name, source, delay, limit):
    done = 0
    try:
        while done < limit:
            job = next(source)
            done += 1
            await asyncio.sleep(delay)
            print(name, "ran", job, "after", delay)
    except StopIteration:
        print(name, "source exhausted after", done)
    return done


async def main():
    p = plan(["build", "test"])
    print("first delay:", next(p))
    print("after failure:", p.throw(RetryableError("flaky network")))
    print("after another:", p.throw(RetryableError("timeout")))
    print("next:", next(p))
    print("next:", next(p))
    try:
        while True:
            print("delay", next(p))
    except StopIteration as stop:
        print("plan returned:", stop.value)

    try:
        p2 = plan(["deploy"])
        next(p2)
        p2.throw(KeyError("missing config"))
    except KeyError as e:
        print("escaped plan:", repr(e))
    print("closed plan gives:", next(p2, "nothing"))

    g = ids("job")
    mixed = (x for pair in zip(ids("a"), ids("b")) for x in pair)
    counts = await asyncio.gather(run("left", mixed, 0.2, 3), run("right", mixed, 0.3, 2))
    print("next shared id:", next(mixed), next(g))
    short = (j for j in ["only", "two"])
    counts += await asyncio.gather(run("x", short, 0.1, 5), run("y", short, 0.1, 5))
    print("counts", counts)
    g.close()
    print("after close:", next(g, "closed"))

    r = reentrant()
    print(next(r))
    try:
        r.send(r)
    except ValueError as e:
        print("caught:", e)

    s = leaks_stop()
    print(next(s))
    try:
        next(s)
    except RuntimeError as e:
        print("caught:", e, "| cause:", repr(e.__cause__))

    fresh = ids("x")
    try:
        fresh.send("hello")
    except TypeError as e:
        print("caught:", e)


asyncio.run(main())
