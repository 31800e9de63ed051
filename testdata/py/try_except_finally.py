# try/except/else/finally control flow, including return/break/continue inside finally paths.
def classify(v):
    try:
        r = 10 // v
    except ZeroDivisionError as e:
        print("except:", e)
        return "div0"
    except (TypeError, ValueError) as e:
        print("type/value:", type(e).__name__)
        return "bad"
    else:
        print("else runs, r =", r)
        return "ok"
    finally:
        print("finally for", repr(v))

print(classify(2), classify(0), classify("x"))

def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"

def finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"

def return_value_fixed():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("finally sets x =", x)

print(finally_overrides(), finally_swallows(), return_value_fixed())

for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)

def nested():
    try:
        try:
            raise KeyError("inner")
        except KeyError:
            print("caught inner, raising outer")
            raise RuntimeError("outer")
        finally:
            print("inner finally")
    except RuntimeError as e:
        print("outer caught", repr(e), "context:", repr(e.__context__))

nested()
try:
    try:
        1 / 0
    finally:
        print("finally before propagation")
except ZeroDivisionError as e:
    print("propagated:", e)
try:
    raise
except RuntimeError as e:
    print("bare raise outside handler:", e)
