package rt

import (
	"testing"

	"github.com/pyasync2go/pyasync2go/rt/py"
	"github.com/stretchr/testify/assert"
)

// Output from `python3 e5.py` (CPython 3.11.7; stderr also got the
// never-awaited warning for the rejected asyncio.run(body()) coroutine,
// which Run does not reproduce):
//
//	import asyncio, sys
//	async def body():
//	    print("never runs")
//	async def selfcancel():
//	    asyncio.current_task().cancel("me")
//	    print("still running after self-cancel")
//	    return 1
//	async def main():
//	    t = asyncio.create_task(body()); t.cancel()
//	    await asyncio.sleep(0)
//	    print(t.cancelled(), repr(t).replace(__file__, "m.py"))
//	    s = asyncio.create_task(selfcancel())
//	    try: await s
//	    except asyncio.CancelledError as e: print("self-cancel ->", repr(e), s.cancelled())
//	    try: await 5
//	    except TypeError as e: print("TypeError:", e)
//	    c = body(); t = asyncio.create_task(c); await t
//	    try: await c
//	    except RuntimeError as e: print("RuntimeError:", e)
//	    f = asyncio.get_running_loop().create_future()
//	    for m in (f.result, f.exception):
//	        try: m()
//	        except asyncio.InvalidStateError as e: print("InvalidStateError:", e)
//	    f.set_exception(ValueError)
//	    print(repr(f.exception()), repr(f))
//	    try: f.set_result(1)
//	    except asyncio.InvalidStateError as e: print("InvalidStateError:", e)
//	    cb = lambda f: print("cb")
//	    g = asyncio.get_running_loop().create_future()
//	    g.add_done_callback(cb); g.add_done_callback(cb); g.add_done_callback(print)
//	    print(g.remove_done_callback(cb))
//	    g.cancel("why")
//	    try: g.result()
//	    except asyncio.CancelledError as e: print("cancelled ->", repr(e))
//	    try: t.set_result(3)
//	    except RuntimeError as e: print("RuntimeError:", e)
//	    try: asyncio.run(body())
//	    except RuntimeError as e: print("RuntimeError:", e)
//	    body().close()
//	asyncio.run(main())
//	try: asyncio.run(5)
//	except ValueError as e: print("ValueError:", e)
//	sys.exit(4)
func TestTaskAndFutureEdgeCases(t *testing.T) {
	r := runProg(t, false, func(p printer) {
		body := func() *Coro { return goCoro(info("body", 2), func(co *Coro) any { p("never runs"); return nil }) }
		selfcancel := func() *Coro {
			return goCoro(info("selfcancel", 4), func(co *Coro) any {
				CurrentTask(nil).(*Task).Cancel("me")
				p("still running after self-cancel")
				return 1
			})
		}
		Run(goCoro(info("main", 8), func(co *Coro) any {
			tk := CreateTask(body(), nil)
			tk.Cancel(nil)
			co.Sleep(0)
			p(tk.Cancelled(), tk.PyRepr())
			st := CreateTask(selfcancel(), nil)
			if e := coreTry(func() { co.Await(st) }); e != nil {
				p("self-cancel ->", py.Repr(e), st.Cancelled())
			}
			if e := coreTry(func() { co.Await(5) }); e != nil {
				p("TypeError:", e)
			}
			c := body()
			tk = CreateTask(c, nil)
			co.Await(tk)
			if e := coreTry(func() { co.Await(c) }); e != nil {
				p("RuntimeError:", e)
			}
			f := GetRunningLoop().CreateFuture()
			if e := coreTry(func() { f.Result() }); e != nil {
				p("InvalidStateError:", e)
			}
			if e := coreTry(func() { f.Exception() }); e != nil {
				p("InvalidStateError:", e)
			}
			f.SetException(py.ValueError)
			p(py.Repr(f.Exception()), f.PyRepr())
			if e := coreTry(func() { f.SetResult(1) }); e != nil {
				p("InvalidStateError:", e)
			}
			cb := fnAt("main.<locals>.<lambda>", 29, func(a []any) any { p("cb"); return nil })
			g := GetRunningLoop().CreateFuture()
			g.AddDoneCallback(cb)
			g.AddDoneCallback(cb)
			g.AddDoneCallback(func(x any) { p(x) })
			p(g.RemoveDoneCallback(cb))
			g.Cancel("why")
			if e := coreTry(func() { g.Result() }); e != nil {
				p("cancelled ->", py.Repr(e))
			}
			if e := coreTry(func() { tk.SetResult(3) }); e != nil {
				p("RuntimeError:", e)
			}
			if e := coreTry(func() { Run(body(), nil) }); e != nil {
				p("RuntimeError:", e)
			}
			return nil
		}), nil)
		if e := coreTry(func() { Run(5, nil) }); e != nil {
			p("ValueError:", e)
		}
		panic(py.New(py.SystemExit, 4))
	})
	assert.Equal(t, lines(
		"True <Task cancelled name='Task-2' coro=<body() done, defined at m.py:2>>",
		"still running after self-cancel",
		"self-cancel -> CancelledError('me') True",
		"TypeError: object int can't be used in 'await' expression",
		"never runs",
		"RuntimeError: cannot reuse already awaited coroutine",
		"InvalidStateError: Result is not set.",
		"InvalidStateError: Exception is not set.",
		"ValueError() <Future finished exception=ValueError()>",
		"InvalidStateError: invalid state",
		"2",
		"cancelled -> CancelledError('why')",
		"RuntimeError: Task does not support set_result operation",
		"RuntimeError: asyncio.run() cannot be called from a running event loop",
		"<Future cancelled>",
		"ValueError: a coroutine was expected, got 5",
	), r.stdout)
	assert.Equal(t, 4, r.status)
}

// E4: when the task is not blocked on a future, each cancel overwrites the
// message. Output of `python3 e4.py`:
//
//	import asyncio
//	async def body():
//	    print("body runs")
//	    await asyncio.sleep(0)
//	    print("after sleep(0)")
//	async def main():
//	    t = asyncio.create_task(body())
//	    print(t.cancel("a"), t.cancel("b"), t.cancelling(), repr(t).replace(__file__, "m.py"))
//	    try: await t
//	    except asyncio.CancelledError as e: print("unstarted ->", repr(e))
//	    t = asyncio.create_task(body())
//	    await asyncio.sleep(0)
//	    print(t.cancel("c"), t.cancel("d"), t.cancelling())
//	    try: await t
//	    except asyncio.CancelledError as e: print("queued ->", repr(e))
//	    print(t.uncancel(), t.cancelling(), t.cancel(), repr(t).replace(__file__, "m.py"))
//	asyncio.run(main())
func TestCancelMessageWhenNotBlocked(t *testing.T) {
	r := runProg(t, false, func(p printer) {
		body := func() *Coro {
			return goCoro(info("body", 2), func(co *Coro) any {
				co.At(3)
				p("body runs")
				co.At(4)
				co.Sleep(0)
				co.At(5)
				p("after sleep(0)")
				return nil
			})
		}
		Run(goCoro(info("main", 6), func(co *Coro) any {
			tk := CreateTask(body(), nil)
			p(tk.Cancel("a"), tk.Cancel("b"), tk.Cancelling(), tk.PyRepr())
			if e := coreTry(func() { co.Await(tk) }); e != nil {
				p("unstarted ->", py.Repr(e))
			}
			tk = CreateTask(body(), nil)
			co.Sleep(0)
			p(tk.Cancel("c"), tk.Cancel("d"), tk.Cancelling())
			if e := coreTry(func() { co.Await(tk) }); e != nil {
				p("queued ->", py.Repr(e))
			}
			p(tk.Uncancel(), tk.Cancelling(), tk.Cancel(nil), tk.PyRepr())
			return nil
		}), nil)
	})
	assert.Equal(t, lines("True True 2 <Task cancelling name='Task-2' coro=<body() running at m.py:2>>",
		"unstarted -> CancelledError('b')", "body runs", "True True 2", "queued -> CancelledError('d')",
		"1 1 False <Task cancelled name='Task-3' coro=<body() done, defined at m.py:2>>"), r.stdout)
}
