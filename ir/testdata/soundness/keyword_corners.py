# Keyword and starred arguments to builtins, methods and asyncio calls.
import asyncio

r1 = round(2.567, ndigits=2)
r2 = round(2.5, None)
r3 = round(7, 1)
words = "a,b".split(sep=",")
msg = "{x}-{y}".format(x=1, y="z")
d = {"a": [1]}
d.update(b=[2.5])
extra = {"c": ["s"]}
d.update(**extra)
box = []
args = ("t",)
box.append(*args)


def cb(*vals):
    print(vals)


async def work(v):
    return v


async def main():
    loop = asyncio.get_running_loop()
    params = [1, "two"]
    loop.call_soon(cb, *params)
    t = asyncio.create_task(coro=work(3.5))
    got = await t
    print(got)


asyncio.run(main())
print(r1, r2, r3, words, msg, d, box)
