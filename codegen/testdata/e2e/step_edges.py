# Step-form edge cases: recursion (fib, a 500-deep await chain), structural
# loops with break/continue/else inside flattened ones, pulled iterators
# (zip, enumerate, reversed), and a deadlock on a future nobody resolves.
import asyncio


async def fib(n):
    if n < 2:
        return n
    a = await fib(n - 1)
    b = await fib(n - 2)
    return a + b


async def grid():
    out = []
    for i in range(3):
        for j in range(3):
            if j == 2:
                break
            if i == 1:
                continue
            out.append((i, j))
        else:
            out.append("inner-else")
        await asyncio.sleep(0)
        if i == 2:
            continue
        out.append(("end", i))
    else:
        out.append("outer-else")
    k = 0
    while k < 4:
        k += 1
        if k % 2:
            continue
        await asyncio.sleep(0)
        out.append(k)
    else:
        out.append("while-else")
    for x, y in zip("ab", iter([1, 2, 3])):
        out.append(x * (await asyncio.sleep(0, y)))
    for n, v in enumerate(reversed([10, 20])):
        if n:
            break
        out.append(await asyncio.sleep(0, v))
    return out


async def deep(n):
    if n == 0:
        return 0
    return 1 + await deep(n - 1)


async def stuck():
    fut = asyncio.get_running_loop().create_future()
    print("waiting")
    await fut


async def main():
    print(await fib(15))
    print(await grid())
    print(await deep(500))
    await stuck()

asyncio.run(main())
