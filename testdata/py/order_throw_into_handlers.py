# Exceptions thrown into generators suspended inside except clauses: the
# thrown exception's __context__ is what the generator itself handles,
# whatever its caller is handling (sync generators and async ones).
import asyncio

def g():
    try:
        raise KeyError("handled")
    except KeyError:
        try:
            yield 1
        except ValueError as e:
            print("caught", repr(e), "context", repr(e.__context__))
        yield 2

c = g()
print(next(c))
print(c.throw(ValueError("thrown")))
try:
    raise IndexError("caller")
except IndexError:
    c3 = g(); next(c3)
    try:
        c3.throw(TypeError("t3"))
    except TypeError as e:
        print("t3", repr(e.__context__))
c2 = g()
next(c2)
try:
    c2.throw(TypeError("t2"))
except TypeError as e:
    print("escaped", repr(e), "context", repr(e.__context__))




async def agen():
    try:
        raise KeyError("handled")
    except KeyError:
        try:
            yield 1
        except ValueError as e:
            print("caught", repr(e), "context", repr(e.__context__))
        yield 2

async def main():
    g = agen()
    print(await g.__anext__())
    print(await g.athrow(ValueError("thrown")))
    g2 = agen()
    await g2.__anext__()
    try:
        raise IndexError("caller handles")
    except IndexError:
        try:
            await g2.athrow(TypeError("t2"))
        except TypeError as e:
            print("escaped", repr(e), "context", repr(e.__context__))

asyncio.run(main())
