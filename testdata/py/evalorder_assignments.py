# Evaluation order of assignments and operators, as an audit trail: every operand goes through
# audit(), which logs its tag before returning the value, and each line shows the order CPython
# evaluated them in. The assigned value comes before the target's parts (subscripts, slices,
# nested subscripts, tuple and chained targets), augmented assignment evaluates the target's
# parts, reads, then the operand; `in`, `not in` and chained comparisons go left to right; with
# and without await (step-form coroutines).
import asyncio

audit_log = []


def audit(tag, value=None):
    audit_log.append(tag)
    return tag if value is None else value


def show(label):
    print(label, " ".join(str(t) for t in audit_log))
    audit_log.clear()


d = {}
d[audit("k")] = audit("v")
show("subscript assign:")
box = {"inner": {}}
box[audit("outer", "inner")][audit("key")] = audit("val")
show("nested subscript assign:")
lst = [0, 0, 0]
lst[audit("i", 1)], lst[audit("j", 2)] = audit("pair", (10, 20))
show("tuple targets:")
a = b = audit("chain")
show("chained assign:")
x = [1, 2, 3]
x[audit("lo", 0):audit("hi", 2)] = audit("slice-val", [9])
show("slice assign:")
d[audit("ak", "k")] += audit("av", "!")
show("aug subscript:")
counter = {"n": 1}
counter[audit("n", "n")] *= audit("m", 5)
show("aug mul:")
print(audit("item", 1) in audit("container", [1, 2]))
show("in:")
print(audit("item", 3) not in audit("container", [1, 2]))
show("not in:")
print(audit("a", 1) < audit("b", 2) < audit("c", 3))
show("chained compare:")
print(audit("a", 2) < audit("b", 1) < audit("c", 3))
show("short chain:")
print(audit("l", 1) + audit("r", 2) * audit("r2", 3))
show("binop:")
print({audit("k1"): audit("v1"), audit("k2"): audit("v2")})
show("dict literal:")
print([audit("e1"), *audit("star", [1]), audit("e2")])
show("list literal:")
print(f"{audit('f1')}-{audit('f2'):>4}")
show("fstring:")
print(audit("fn", max)(audit("a1", 1), *audit("args", [5]), **audit("kw", {})))
show("call star:")
print({audit("dk", i): audit("dv", i * i) for i in range(2)})
show("dict comp:")
print(audit("x", [1, 2, 3])[audit("lo", 0):audit("hi", 2)])
show("slice read:")
print(audit("t", True) and audit("u", 0) or audit("w", 5))
show("boolop:")
print(audit("then") if audit("cond", True) else audit("else"))
show("ifexp:")


async def val(tag, value=None):
    await asyncio.sleep(0)
    return audit(tag, value)


async def main():
    dd = {}
    dd[await val("ak")] = await val("av")
    show("await subscript assign:")
    dd[audit("k")] = await val("v")
    show("await value:")
    print(await val("item", 1) in await val("cont", [1]))
    show("await in:")
    print(audit("item", 1) in await val("cont", [1]))
    show("await in 2:")
    cnt = {"n": 1}
    cnt[audit("n", "n")] += await val("inc", 2)
    show("await aug:")
    print(audit("l", 1) + await val("r", 2))
    show("await binop:")
    print({audit("k1"): await val("v1")})
    show("await dict:")


asyncio.run(main())
