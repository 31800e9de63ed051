# try/except/else/finally with return, break and continue crossing them
def f(x):
    try:
        if x == 0:
            return "zero"
        if x == 1:
            raise ValueError("one")
        r = 10 // (x - 2)
    except ValueError as e:
        print("handler", e)
        return "from handler"
    except ZeroDivisionError:
        print("div by zero")
    else:
        print("else", r)
        return r
    finally:
        print("finally", x)
    return "end"

for i in range(4):
    print("f", i, "->", f(i))

def loop():
    out = []
    for i in range(10):
        try:
            if i == 2:
                continue
            if i == 5:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    else:
        out.append("else")
    return out

print(loop())

n = 0
while n < 3:
    n += 1
else:
    print("while else", n)

for x in []:
    pass
else:
    print("for else on empty")

for x in [1, 2, 3]:
    if x == 2:
        break
else:
    print("not printed")

def nested():
    for i in range(3):
        for j in range(3):
            try:
                try:
                    if j == 1:
                        break
                finally:
                    print("inner finally", i, j)
            except Exception:
                pass
        if i == 1:
            return i
    return -1

print("nested", nested())

def finally_overrides():
    try:
        return 1
    finally:
        print("in finally")

print(finally_overrides())

def reraise():
    try:
        try:
            raise KeyError("k")
        except KeyError:
            print("caught, reraising")
            raise
    except LookupError as e:
        print("outer got", repr(e))

reraise()

def chained():
    try:
        try:
            1 / 0
        except ZeroDivisionError as e:
            raise RuntimeError("wrapped") from e
    except RuntimeError as e:
        print(repr(e), repr(e.__cause__))
    try:
        raise ValueError("x") from None
    except ValueError as e:
        print(repr(e), e.__cause__, e.__suppress_context__)

chained()

i = 0
while True:
    i += 1
    if i > 3:
        break
print("i", i)
assert i == 4, "bad"
try:
    assert i == 5, "i is %d" % i
except AssertionError as e:
    print("assert:", e)
