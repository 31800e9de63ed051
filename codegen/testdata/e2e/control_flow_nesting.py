# control transfers through nested try/finally, handlers and async with;
# walrus inside comprehensions; while-else with break inside try
import asyncio

def finally_with_inner_try():
    for i in range(3):
        try:
            if i == 1:
                return "returned at %d" % i
        finally:
            try:
                for j in range(5):
                    if j == 2:
                        break
            finally:
                print("inner finally", i, j)
    return "not reached"

print(finally_with_inner_try())

def while_else():
    n = 0
    while n < 10:
        n += 1
        try:
            if n == 3:
                break
        except Exception:
            pass
    else:
        return "else ran"
    return "broke at %d" % n

print(while_else())

def handler_continue():
    out = []
    for v in [1, 0, 2, "x", 3]:
        try:
            out.append(10 // v)
        except ZeroDivisionError:
            out.append("zero")
            continue
        except TypeError as e:
            out.append(type(e).__name__)
            break
        else:
            out.append("ok")
        finally:
            out.append("f")
    return out

print(handler_continue())

def walrus_comp(xs):
    ys = [y for x in xs if (y := x * 2) > 2]
    return ys, y

print(walrus_comp([1, 2, 3]))

async def with_return(lock):
    for i in range(3):
        async with lock:
            if i == 1:
                return "returned in async with, locked=%s" % lock.locked()
    return "no"

async def main():
    lock = asyncio.Lock()
    print(await with_return(lock), lock.locked())
    try:
        async with lock:
            raise KeyError("inside")
    except KeyError as e:
        print("propagated", repr(e), lock.locked())

asyncio.run(main())
