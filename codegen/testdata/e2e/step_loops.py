# The step form (stackless coroutines): awaits inside if/elif/else, while and
# for loops (with else, break, continue, nested structural loops), augmented
# assignment from an await, return await, and a global changed while suspended.
import asyncio

counter = 0


async def val(x, delay=0):
    await asyncio.sleep(delay)
    return x


async def bump():
    global counter
    counter += 100
    await asyncio.sleep(0)
    return 1


async def loops():
    out = []
    for i in range(5):
        if i == 1:
            continue
        v = await val(i)
        if v == 3:
            out.append("three")
        elif v == 4:
            out.append(await val("four"))
        else:
            out.append(v)
    else:
        out.append("for-else")
    for x in [10, 20, 30]:
        await asyncio.sleep(0)
        if x == 20:
            break
        out.append(x)
    else:
        out.append("not reached")
    n = 0
    while n < 3:
        n += await val(1)
        for j in range(3):
            if j == 1:
                continue
            if j == 2:
                break
            out.append(("inner", n, j))
    else:
        out.append("while-else")
    while True:
        n -= await val(1)
        if n == 0:
            break
    out.append(("n", n))
    for k, (a, b) in enumerate([(1, 2), (3, 4)]):
        out.append(a + b + await val(k))
    for ch in "héllo":
        if ch == "l":
            out.append(await val(ch.upper()))
    d = {"a": 1, "b": 2}
    for key in d:
        out.append((key, await val(d[key])))
    return out


async def aug_global():
    global counter
    counter = 1
    # Python loads counter (1) before awaiting bump(), which sets it to 101.
    counter += await bump()
    print("counter", counter)
    total = 0
    for i in range(4):
        total += await val(i)
    total *= await val(3)
    return total


async def nested_returns(x):
    if x > 0:
        if x > 10:
            return await val("big")
        await asyncio.sleep(0)
        return "small"
    else:
        r = await val("neg")
    return r


async def closures():
    fns = []
    i = 0
    while i < 3:
        await asyncio.sleep(0)
        fns.append(lambda i=i: i * 10)
        i += 1
    n = 5

    def get():
        return n
    before = get()
    n = await val(6)
    return [f() for f in fns], before, get()


async def main():
    print(await loops())
    print(await aug_global())
    for x in (20, 5, -1):
        print(await nested_returns(x))
    print(await closures())
    r = await asyncio.sleep(0.5, "slept")
    print(r, asyncio.get_running_loop().time())
    print(await asyncio.sleep(delay=0, result="kw"))


asyncio.run(main())
