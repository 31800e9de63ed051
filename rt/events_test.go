package rt

import (
	"strings"
	"testing"

	"github.com/pyasync2go/pyasync2go/rt/py"
	"github.com/stretchr/testify/assert"
)

// attr calls obj.name(*args) the way dynamic generated code does.
func attr(obj any, name string, args ...any) any {
	m, ok := obj.(py.AttrGetter).PyGetAttr(name)
	if !ok {
		panic("no attribute " + name)
	}
	return callPy(m, args)
}

// Output of `python3 dyn.py` (everything through dynamic attribute access):
//
//	import asyncio
//	async def main():
//	    loop = asyncio.get_running_loop()
//	    h = loop.call_soon(print, "x"); h.cancel(); print(h.cancelled(), h)
//	    th = loop.call_later(10, print, "y"); print(th.when() - loop.time() > 9); th.cancel()
//	    print(loop.is_running(), loop.is_closed())
//	    t = loop.create_task(asyncio.sleep(0, "r"), name="n")
//	    print(t.get_name(), await t, t.done(), t.result(), t.cancelled(), t.exception())
//	    t.set_name("m"); print(t.get_name(), t.cancelling(), t.uncancel())
//	    f = loop.create_future(); f.add_done_callback(print); loop.call_soon(f.set_result, 3)
//	    print(await f, f.get_loop() is loop)
//	    await asyncio.sleep(0)
//	asyncio.run(main())
func TestDynamicAttributeAccess(t *testing.T) {
	r := runProg(t, false, func(p printer) {
		pr := func(args ...any) { p(args...) }
		Run(goCoro(info("main", 2), func(co *Coro) any {
			loop := GetRunningLoop()
			h := attr(loop, "call_soon", pr, "x")
			attr(h, "cancel")
			p(attr(h, "cancelled"), h)
			th := attr(loop, "call_later", 10, pr, "y")
			p(attr(th, "when").(float64)-attr(loop, "time").(float64) > 9)
			attr(th, "cancel")
			p(attr(loop, "is_running"), attr(loop, "is_closed"))
			ct, _ := loop.PyGetAttr("create_task")
			tk := ct.(py.Callable).Call([]any{Sleep(0, "r")}, []py.KW{{Name: "name", Value: "n"}})
			p(attr(tk, "get_name"), co.Await(tk), attr(tk, "done"), attr(tk, "result"), attr(tk, "cancelled"), attr(tk, "exception"))
			attr(tk, "set_name", "m")
			p(attr(tk, "get_name"), attr(tk, "cancelling"), attr(tk, "uncancel"))
			f := attr(loop, "create_future")
			attr(f, "add_done_callback", pr)
			setResult, _ := f.(py.AttrGetter).PyGetAttr("set_result")
			attr(loop, "call_soon", setResult, 3)
			p(co.Await(f), attr(f, "get_loop") == loop)
			co.Sleep(0)
			return nil
		}), nil)
	})
	assert.Equal(t, lines("True <Handle cancelled>", "True", "True False", "n r True r False None", "m 0 0",
		"<Future finished result=3>", "3 True"), r.stdout)
	assert.Equal(t, "", r.stderr)
}

// A raising callback is logged per L9 and the loop goes on. `python3 l9.py`
// (run from /tmp) printed "ok" and, on stderr, these header lines:
//
//	import asyncio
//	def f(x): raise ValueError(x)
//	async def main():
//	    loop = asyncio.get_running_loop()
//	    loop.call_soon(f, 1)
//	    loop.call_later(0.001, f, "a"*40)
//	    await asyncio.sleep(0.01)
//	    print("ok")
//	asyncio.run(main())
func TestCallbackExceptionLogged(t *testing.T) {
	r := runProg(t, false, func(p printer) {
		f := &pyFn{QualName: "f", File: "/tmp/l9.py", Line: 2, fn: func(a []any) any { panic(py.New(py.ValueError, a[0])) }}
		Run(goCoro(info("main", 3), func(co *Coro) any {
			loop := GetRunningLoop()
			loop.CallSoon(f, 1)
			loop.CallLater(0.001, f, strings.Repeat("a", 40))
			co.Sleep(0.01)
			p("ok")
			return nil
		}), nil)
	})
	assert.Equal(t, "ok\n", r.stdout)
	assert.True(t, strings.HasPrefix(r.stderr, lines("Exception in callback f(1) at /tmp/l9.py:2",
		"handle: <Handle f(1) at /tmp/l9.py:2>")), r.stderr)
	assert.Contains(t, r.stderr, "ValueError: 1\nException in callback f('aaaaaaaaaaaa...aaaaaaaaaaaaa') at /tmp/l9.py:2\nhandle: <TimerHandle when=")
	assert.Contains(t, r.stderr, " f('aaaaaaaaaaaa...aaaaaaaaaaaaa') at /tmp/l9.py:2>\n")
	assert.True(t, strings.HasSuffix(r.stderr, "ValueError: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n"), r.stderr)
	assert.Equal(t, 0, r.status)
}

// Closed-loop and run-state errors. Output of `python3 lse.py`:
//
//	import asyncio
//	loop = asyncio.new_event_loop()
//	def cb():
//	    try: loop.run_forever()
//	    except RuntimeError as e: print(e)
//	    loop.stop()
//	loop.call_soon(cb)
//	loop.run_forever()
//	loop.stop()
//	async def c(): await loop.create_future()
//	try: loop.run_until_complete(c())
//	except RuntimeError as e: print(e)
//	loop.close()
//	try: loop.call_soon(print)
//	except RuntimeError as e: print(e, loop.is_closed())
func TestLoopStateErrors(t *testing.T) {
	r := runProg(t, false, func(p printer) {
		loop := NewEventLoop()
		loop.CallSoon(func() {
			p(coreTry(func() { loop.RunForever() }))
			loop.Stop()
		})
		loop.RunForever()
		loop.Stop()
		p(coreTry(func() {
			loop.RunUntilComplete(goCoro(info("c", 1), func(co *Coro) any { co.Await(loop.CreateFuture()); return nil }))
		}))
		loop.Close()
		p(coreTry(func() { loop.CallSoon(p) }), loop.IsClosed())
	})
	assert.Equal(t, lines("This event loop is already running", "Event loop stopped before Future completed.", "Event loop is closed True"), r.stdout)
}

// loop.set_exception_handler receives the context dicts. CPython (run from
// /tmp/e2e) prints on stdout:
//
//	None
//	True
//	handler: Exception in callback bad_cb() at /tmp/e2e/handler.py:4 ValueError('cb') ['exception', 'handle', 'message']
//	handler: custom None ['message', 'x']
//	end
//
// and on stderr "default now\na: 's'\nb: 2\n", for:
//
//	import asyncio
//	def handler(loop, context):
//	    print("handler:", context["message"], repr(context.get("exception")), sorted(context))
//	def bad_cb():
//	    raise ValueError("cb")
//	async def main():
//	    loop = asyncio.get_running_loop()
//	    print(loop.get_exception_handler())
//	    loop.set_exception_handler(handler)
//	    print(loop.get_exception_handler() is handler)
//	    loop.call_soon(bad_cb)
//	    await asyncio.sleep(0)
//	    loop.call_exception_handler({"message": "custom", "x": 1})
//	    loop.set_exception_handler(None)
//	    loop.call_exception_handler({"message": "default now", "b": 2, "a": "s"})
//	    print("end")
//	asyncio.run(main())
func TestExceptionHandler(t *testing.T) {
	r := runProg(t, false, func(p printer) {
		handler := &pyFn{QualName: "handler", File: "handler.py", Line: 2, fn: func(a []any) any {
			ctx := a[1].(*py.Dict)
			msg, _ := ctx.Get("message")
			exc, _ := ctx.Get("exception")
			keys := py.CallBuiltin("sorted", []any{ctx}, nil)
			p("handler:", msg, py.Repr(exc), py.Repr(keys))
			return nil
		}}
		badCb := &pyFn{QualName: "bad_cb", File: "/tmp/e2e/handler.py", Line: 4, fn: func(a []any) any {
			panic(py.New(py.ValueError, "cb"))
		}}
		Run(goCoro(info("main", 6), func(co *Coro) any {
			loop := GetRunningLoop()
			p(attr(loop, "get_exception_handler"))
			attr(loop, "set_exception_handler", handler)
			p(attr(loop, "get_exception_handler") == handler)
			loop.CallSoon(badCb)
			co.Sleep(0)
			attr(loop, "call_exception_handler", py.DictOf("message", "custom", "x", 1))
			attr(loop, "set_exception_handler", nil)
			attr(loop, "call_exception_handler", py.DictOf("message", "default now", "b", 2, "a", "s"))
			p("end")
			return nil
		}), nil)
	})
	assert.Equal(t, lines("None", "True",
		"handler: Exception in callback bad_cb() at /tmp/e2e/handler.py:4 ValueError('cb') ['exception', 'handle', 'message']",
		"handler: custom None ['message', 'x']", "end"), r.stdout)
	assert.Equal(t, "default now\na: 's'\nb: 2\n", r.stderr)
}

// call_soon(coroutine_function) is not rejected; the coroutine it makes is
// never awaited. `python3 cs.py` prints "main" and, on stderr, the warning
// below (once: same location):
//
//	import asyncio
//	async def f(): print("f runs")
//	async def main():
//	    loop = asyncio.get_running_loop()
//	    loop.call_soon(f)
//	    loop.call_soon(f)
//	    await asyncio.sleep(0)
//	    print("main")
//	asyncio.run(main())
func TestCallSoonCoroutineFunction(t *testing.T) {
	r := runProg(t, false, func(p printer) {
		f := fnAt("f", 2, func(a []any) any {
			return goCoro(info("f", 2), func(co *Coro) any { p("f runs"); return nil })
		})
		Run(goCoro(info("main", 3), func(co *Coro) any {
			loop := GetRunningLoop()
			loop.CallSoon(f)
			loop.CallSoon(f)
			co.Sleep(0)
			p("main")
			return nil
		}), nil)
	})
	assert.Equal(t, "main\n", r.stdout)
	assert.Equal(t, lines(cpythonLib+"/asyncio/events.py:80: RuntimeWarning: coroutine 'f' was never awaited",
		"  self._context.run(self._callback, *self._args)",
		"RuntimeWarning: Enable tracemalloc to get the object allocation traceback"), r.stderr)
}
