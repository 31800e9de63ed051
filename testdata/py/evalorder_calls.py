# Evaluation order of calls, literals and statements, as an audit trail: positional and *
# arguments first, then keywords and ** mappings in source order (also the order of the
# callee's **kwargs), subscripts, set/tuple/dict literals with **, chained `in`, the walrus,
# assert and raise-from operands, nested subscript targets, a for loop's subscript target,
# comprehensions, lambda defaults, and awaits among call arguments, targets and f-strings.
import asyncio

audit_log = []


def audit(tag, value=None):
    audit_log.append(tag)
    return tag if value is None else value


def show(label):
    print(label, " ".join(str(t) for t in audit_log))
    audit_log.clear()


def kw(**kwargs):
    return list(kwargs)


def pos(*args, **kwargs):
    return len(args), list(kwargs)


print(kw(a=audit("a"), **audit("m", {"b": 1}), c=audit("c")))
show("keywords:")
print(pos(audit("p1"), *audit("st", [1, 2]), audit("p2"), k=audit("k"), **audit("dd", {"z": 0})))
show("mixed call:")
print(audit("seq", [1, 2, 3])[audit("idx", 1)])
show("subscript:")
print(audit("t1"), audit("t2"), sep=audit("sep", "|"), end=audit("end", "\n"))
show("print kw:")
print({audit("s1"), audit("s2")} == {audit("s3", "s1"), audit("s4", "s2")})
show("sets:")
print((audit("u1"), audit("u2")))
show("tuple:")
print({**audit("base", {"a": 1}), audit("k"): audit("v")})
show("dict merge:")
print(audit("a", 1) in audit("b", [1]) in audit("c", [True]))
show("chained in:")
n = 5
print(audit("n", n) == (n := audit("walrus", 6)), n)
show("walrus:")
try:
    assert audit("test", False), audit("msg")
except AssertionError as e:
    print("assert", e)
show("assert:")
try:
    raise audit("exc", ValueError("bad")) from audit("cause", KeyError("k"))
except ValueError as e:
    print("raised", repr(e), repr(e.__cause__))
show("raise from:")
grid = [[0, 0], [0, 0]]
grid[audit("r", 1)][audit("c", 0)] = audit("val", 7)
print(grid)
show("grid:")
data = {"a": [1, 2]}
data[audit("key", "a")][audit("i", 0)] += audit("inc", 10)
print(data)
show("nested aug:")
names = ["x", "y"]
values = {}
for values[audit("slot", "cur")] in audit("iter", names):
    pass
print(values)
show("for target:")
squares = [audit("elt", i * i) for i in audit("src", range(3)) if audit("cond", True)]
print(squares)
show("listcomp:")
lam = lambda a, b=audit("default", 2): a + b
print(lam(audit("arg", 1)))
show("lambda:")


async def val(tag, value=None):
    await asyncio.sleep(0)
    return audit(tag, value)


async def main():
    print(pos(audit("p1"), await val("aw"), audit("p3")))
    show("await arg:")
    print(kw(a=audit("a"), b=await val("b"), c=audit("c")))
    show("await kw:")
    box = {}
    box[audit("k")], box[audit("k2")] = await val("pair", (1, 2))
    print(box)
    show("await tuple targets:")
    print(audit("l", 1) < await val("r", 2) < audit("r2", 3))
    show("await chain:")
    x = audit("x0", 1)
    x += await val("x1", 2)
    print(x)
    show("await aug name:")
    print([await val("e1"), audit("e2")])
    show("await list:")
    print(f"{audit('f1')}{await val('f2')}")
    show("await fstring:")


asyncio.run(main())
