package frontend

// parseCases pair a Python snippet with the IR dump it must lower to.
var parseCases = []struct{ src, dump string }{
	{`import asyncio as aio
from asyncio import sleep as nap, gather
async def main():
    await nap(1)
    await gather(aio.sleep(0), aio.create_task(main()))
    q = aio.Queue(maxsize=2)
    return aio.FIRST_COMPLETED, aio.CancelledError, aio.Queue
`,
		`import asyncio as aio
from asyncio import sleep as nap, gather
async def main() qual=main line=3 scope[q:local nap:global#0 gather:global#0 aio:global#0 main:global#0]
  await asyncio.sleep#0(1)
  await asyncio.gather#1(asyncio.sleep#0(0), asyncio.create_task#2(call main:global()))
  q = asyncio.Queue#20(maxsize=2)
  return (lib:asyncio.FIRST_COMPLETED, lib:asyncio.CancelledError, lib:asyncio.Queue,)
`},
	{`import time, random, sys
print(time.monotonic(), random.randint(1, 6), sys.argv, sys.exit)
sys.stdout.write("x")
time.sleep(0.1)
`,
		`import time, random, sys
builtin print(libcall time.monotonic(), libcall random.randint(1, 6), lib:sys.argv, lib:sys.exit)
call lib:sys.stdout.write("x")
libcall time.sleep(0.1f)
`},
	{`import asyncio
asyncio = 5
asyncio.sleep(1)
`,
		`import asyncio
asyncio = 5
call asyncio.sleep(1)
`},
	{`def print(*a): pass
print(1)
len([1])
`,
		`def print(*a) qual=print line=1 scope[a:param]
  pass
call print(1)
builtin len([1])
`},
	{`x = 0
def f():
    global x
    x += 1
    def g():
        return x, y
    y = 2
    return g
`,
		`x = 0
def f() qual=f line=2 scope[x:global g:local y:local^]
  global x
  x:global += 1
  def g() qual=f.<locals>.g line=5 scope[x:global#0 y:free#0]
    return (x:global, y:free,)
  y = 2
  return g
`},
	{`def main():
    cb = lambda t: print(t)
    return [lambda: i for i in range(3)], cb
`,
		`def main() qual=main line=1 scope[cb:local]
  cb = (def <lambda>(t) qual=main.<locals>.<lambda> line=2 scope[t:param]: builtin print(t:param))
  return (listcomp((def <lambda>() qual=main.<locals>.<listcomp>.<lambda> line=3 scope[i:free#0]: i:free) for i in builtin range(3)), cb,)
`},
	{`x = 0x_ff + 0o17 + 0b1010 + 1_000_000 + 123456789012345678901234567890 + 1.5e3 + 2j + 00
`,
		`x = (((((((255 + 15) + 10) + 1000000) + 123456789012345678901234567890) + 1500f) + 2j) + 0)
`},
	{`s = "a\tb\x41\u00e9\U0001F600\101\N{BULLET}" 'c' r"\n" """tri
ple"""
`,
		`s = "a\tbAé😀A•c\\ntri\nple"
`},
	{`b = b"\xff\x00a" rb"\n"
`,
		`b = b"\xff\x00a\\n"
`},
	{`f = f"{x!r:>{w}} {y=} {{lit}} {z = :.2f}" "tail"
`,
		`f = f[{x:builtin!r:">" {w:builtin}} " " {"y=" y:builtin!r} " {lit} " {"z = " z:builtin:".2f"} "tail"]
`},
	{`a, *b = c = d[1:2, ::3]
`,
		`(a, *b,) = c = d:builtin[(1:2, ::3,)]
`},
	{`try:
    pass
except* (ValueError, TypeError) as eg:
    raise RuntimeError("x") from None
else:
    pass
finally:
    del a
`,
		`try
  pass
except* (ValueError:builtin, TypeError:builtin,) as eg
  raise builtin RuntimeError("x") from None
else
  pass
finally
  del a
`},
	{`async def main():
    async with aio() as (a, b), c:
        pass
    return [await x for x in y if x] and {k: v for k, v in z} or {*s}
`,
		`async def main() qual=main line=1 scope[a:local b:local]
  async with call aio:builtin() as (a, b,), c:builtin
    pass
  return ((listcomp(await x for x in y:builtin if x) and dictcomp(k: v for (k, v,) in z:builtin)) or {*s:builtin})
`},
	{`class MyError(Exception):
    "doc"
def f():
    class Inner(MyError): pass
    raise Inner()
`,
		`class MyError(Exception:builtin) qual=MyError doc="doc"
  "doc"
def f() qual=f line=3 scope[Inner:local MyError:global#0]
  class Inner(MyError:global) qual=f.<locals>.Inner
    pass
  raise call Inner()
`},
	{`await asyncio.sleep(0)
import asyncio
`,
		`toplevel-await
await asyncio.sleep#0(0)
import asyncio
`},
	{`def f(a, /, b=1, *args, c, d=2, **kw) -> int: ...
lambda x, *, y=3: (x := y)
`,
		`def f(a/, b=1, *args, kw:c, kw:d=2, **kw) -> int:builtin qual=f line=1 scope[a:param b:param args:param c:param d:param kw:param]
  ...
(def <lambda>(x, kw:y=3) qual=<lambda> line=2 scope[x:param#2 y:param]: (x:param := y:param))
`},
	{`if a: pass
elif b: pass
else: pass
while x: break
else: continue
`,
		`if a:builtin
  pass
else
  if b:builtin
    pass
  else
    pass
while x:builtin
  break
else
  continue
`},
	{`def f():
    print(__name__, __file__)
    n = 0
    def g():
        nonlocal n
        n = 5
    return g
`,
		`def f() qual=f line=1 scope[n:local#2^ g:local]
  builtin print(__name__:builtin, __file__:builtin)
  n = 0
  def g() qual=f.<locals>.g line=4 scope[n:free]
    nonlocal n
    n:free = 5
  return g
`},
	{`x = a if b else c
y = not a < b is not c not in d == e
z = -x ** 2 + ~y - +w
w = a and b and c or d
`,
		`x = (a:builtin if b:builtin else c:builtin)
y = (not (a:builtin < b:builtin is not c:builtin not in d:builtin == e:builtin))
z = (((-(x ** 2)) + (~y)) - (+w))
w = ((a:builtin and b:builtin and c:builtin) or d:builtin)
`},
	{`[v := i * 2 for i in range(3)]
print(v, {k: [j for j in range(k)] for k in range(2)})
`,
		`listcomp((v:global := (i * 2)) for i in builtin range(3))
builtin print(v, dictcomp(k: listcomp(j for j in builtin range(k)) for k in builtin range(2)))
`},
	{`async with asyncio.timeout(1):
    pass
import asyncio
`,
		`toplevel-await
async with asyncio.timeout#9(1)
  pass
import asyncio
`},
	{`def outer():
    def mid():
        def inner():
            return x
        return inner
    x = 1
    return mid
`,
		`def outer() qual=outer line=1 scope[mid:local x:local^]
  def mid() qual=outer.<locals>.mid line=2 scope[inner:local]
    def inner() qual=outer.<locals>.mid.<locals>.inner line=3 scope[x:free#0]
      return x:free
    return inner
  x = 1
  return mid
`},
	{`for i in range(3):
    try:
        continue
    finally:
        pass
while True:
    def cb():
        pass
    break
`,
		`for i in builtin range(3)
  try
    continue
  finally
    pass
while True
  def cb() qual=cb line=7
    pass
  break
`},
	{`import random as r
from sys import argv, exit as quit_now
from time import sleep
r.seed(1)
quit_now(argv)
sleep(0)
print(r, sleep)
`,
		`import random as r
from sys import argv, exit as quit_now
from time import sleep
libcall random.seed(1)
libcall sys.exit(lib:sys.argv)
libcall time.sleep(0)
builtin print(module:random, lib:time.sleep)
`},
	{`del a[0], b.c, d
assert x, f"{x}"
raise
x: int
y: "str" = "s"
`,
		`del a:builtin[0], b:builtin.c, d
assert x:builtin, f[{x:builtin}]
raise
pass
y : "str" = "s"
`},
	// Annotations are hints: generic and typing annotations lower to
	// Subscript/BinOp over names ir.Infer understands; typing names stay
	// Names, `typing.X` and annotation-only asyncio classes become LibAttr.
	{`from __future__ import annotations
import asyncio
import typing
from typing import List, Optional, Any, Callable, Awaitable, Coroutine
names: list[str] = []
counts: dict[str, int] = {}
pair: tuple[int, ...] = (1, 2)
maybe: int | None = None
xs: List[int] = [1]
ys: typing.List[int] = [2]
def apply(fn: Callable[[int], Awaitable[None]], *args: *Ts, **kw: Any) -> Optional[int]:
    q: asyncio.Queue[int] = asyncio.Queue()
    t: asyncio.Task[int]
    return None
async def work(q: asyncio.Queue[int], loop: asyncio.AbstractEventLoop) -> Coroutine[Any, Any, int]:
    return 1
`,
		`import asyncio
import typing
from typing import List, Optional, Any, Callable, Awaitable, Coroutine
names : list:builtin[str:builtin] = []
counts : dict:builtin[(str:builtin, int:builtin,)] = {}
pair : tuple:builtin[(int:builtin, ...,)] = (1, 2,)
maybe : (int:builtin | None) = None
xs : List[int:builtin] = [1]
ys : lib:typing.List[int:builtin] = [2]
def apply(fn: Callable[([int:builtin], Awaitable[None],)], *args: *Ts:builtin, **kw: Any) -> Optional[int:builtin] qual=apply line=11 scope[fn:param args:param kw:param q:local t:local#0 asyncio:global#0]
  q : lib:asyncio.Queue[int:builtin] = asyncio.Queue#20()
  pass
  return None
async def work(q: lib:asyncio.Queue[int:builtin], loop: lib:asyncio.AbstractEventLoop) -> Coroutine[(Any, Any, int:builtin,)] qual=work line=15 scope[q:param loop:param]
  return 1
`},
	// One-element generic tuples keep their trailing comma; nested generics
	// inside a type parameter are generic_type nodes too.
	{`from typing import Tuple
a: Tuple[int,] = (1,)
b: dict[str, list[tuple[int, str]]] = {}
`,
		`from typing import Tuple
a : Tuple[(int:builtin,)] = (1,)
b : dict:builtin[(str:builtin, list:builtin[tuple:builtin[(int:builtin, str:builtin,)]],)] = {}
`},
}
