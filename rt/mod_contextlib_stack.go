package rt

import (
	"strconv"

	"github.com/pyasync2go/pyasync2go/rt/py"
)

// contextlib.ExitStack and AsyncExitStack (CPython 3.11's _BaseExitStack):
// a LIFO of exit callbacks, run by __exit__/close (and __aexit__/aclose)
// with CPython's suppression and exception re-chaining.

// exitCallback is one pushed callback: sync ones return the truth of their
// result (true swallows the exception); async ones return an awaitable.
type exitCallback struct {
	sync bool
	fn   func(exc *py.Exception) any
}

// ExitStack is contextlib.ExitStack, and AsyncExitStack when async.
type ExitStack struct {
	cbs []exitCallback
}

// ContextlibExitStack is contextlib.ExitStack().
func ContextlibExitStack() *ExitStack { return &ExitStack{} }

// ContextlibAsyncExitStack is contextlib.AsyncExitStack().
func ContextlibAsyncExitStack() *AsyncExitStack { return &AsyncExitStack{} }

func (s *ExitStack) PyType() string       { return "ExitStack" }
func (s *ExitStack) PyTypeModule() string { return "contextlib" }
func (s *ExitStack) PyRepr() string       { return "<contextlib.ExitStack object at " + hexAddr(s) + ">" }

// clsName is f"{cls.__module__}.{cls.__qualname__}" of x's type.
func clsName(x any) string {
	c := py.TypeOf(x)
	q := c.QualName
	if q == "" {
		q = c.Name
	}
	m := c.Module
	if m == "" {
		m = "builtins"
	}
	return m + "." + q
}

// exitArgs is (type, value, traceback) for exc.
func exitArgs(exc *py.Exception) []any {
	if exc == nil {
		return []any{nil, nil, nil}
	}
	return []any{exc.Class, exc, nil}
}

func (s *ExitStack) push(sync bool, fn func(exc *py.Exception) any) {
	s.cbs = append(s.cbs, exitCallback{sync: sync, fn: fn})
}

// EnterContext is enter_context(cm).
func (s *ExitStack) EnterContext(cm any) any {
	if _, ok := cm.(py.ContextManager); !ok {
		_, e1 := py.LookupAttr(cm, "__enter__")
		_, e2 := py.LookupAttr(cm, "__exit__")
		if !e1 || !e2 {
			py.ThrowFrom(py.New(py.TypeError, "'"+clsName(cm)+"' object does not support the context manager protocol"), nil)
		}
	}
	v := py.Enter(cm)
	s.push(true, func(exc *py.Exception) any { return py.Exit(cm, exc) })
	return v
}

// Push is push(exit): a context manager's __exit__, or a callable taking
// (type, value, traceback).
func (s *ExitStack) Push(exit any) any {
	if _, ok := exit.(py.ContextManager); ok {
		s.push(true, func(exc *py.Exception) any { return py.Exit(exit, exc) })
		return exit
	}
	if _, ok := exit.(*py.Instance); ok {
		if _, has := py.LookupAttr(exit, "__exit__"); has {
			s.push(true, func(exc *py.Exception) any { return py.Exit(exit, exc) })
			return exit
		}
	}
	s.push(true, func(exc *py.Exception) any { return py.Truth(py.Call(exit, exitArgs(exc), nil)) })
	return exit
}

// Callback is callback(callback, /, *args, **kwds).
func (s *ExitStack) Callback(fn any, args []any, kw []py.KW) any {
	s.push(true, func(*py.Exception) any {
		py.Call(fn, args, kw)
		return false
	})
	return fn
}

// PopAll is pop_all(): a new stack of the same type takes the callbacks.
func (s *ExitStack) PopAll() *ExitStack {
	n := &ExitStack{cbs: s.cbs}
	s.cbs = nil
	return n
}

func (s *ExitStack) PyEnter() any { return s }

// PyExit is __exit__: it runs the callbacks in LIFO order.
func (s *ExitStack) PyExit(exc *py.Exception) bool {
	x := s.exitRun(exc)
	x.run(nil)
	return x.finish()
}

// aexit is AsyncExitStack.__aexit__: PyExit awaiting the async callbacks.
func (s *ExitStack) aexit(exc *py.Exception) *Coro {
	x := s.exitRun(exc)
	return NewStepCoro(aexitInfo, func(co *Coro) any {
		if x.run(co) {
			return Suspended
		}
		return x.finish()
	})
}

// exitRun is one run of __exit__ (or __aexit__) over the callbacks: each
// gets the exception still pending (nil once one swallowed it); one that
// raises replaces it, its __context__ fixed to the exception it replaced.
type exitRun struct {
	s *ExitStack
	// received is the exception __exit__ was called with; exc the one
	// now pending.
	received, exc *py.Exception
	// frameExc is what the frame handles (HandledException) at the start.
	frameExc                     *py.Exception
	started, suppressed, pending bool
	// awaiting: an async callback's result is being awaited on co.
	awaiting bool
}

func (s *ExitStack) exitRun(exc *py.Exception) *exitRun {
	return &exitRun{s: s, received: exc, exc: exc}
}

// run runs callbacks until none is left (false) or an async one's await
// suspends co (true: run again when co resumes). With co nil every
// callback is sync.
func (x *exitRun) run(co *Coro) (suspended bool) {
	py.Handling(x.received, func() {
		if !x.started {
			x.started = true
			x.frameExc = py.HandledException()
		}
		for x.awaiting || len(x.s.cbs) > 0 {
			var r any
			e := py.Try(func() {
				if !x.awaiting {
					cb := x.s.cbs[len(x.s.cbs)-1]
					x.s.cbs = x.s.cbs[:len(x.s.cbs)-1]
					r = cb.fn(x.exc)
					if cb.sync {
						return
					}
					co.awaitAt(1, r)
					x.awaiting = true
				}
				r, suspended = co.resume()
			})
			if suspended {
				return
			}
			if x.awaiting {
				x.awaiting = false
				if e != nil {
					co.aw = awaitState{}
				}
			}
			if e == nil {
				if py.Truth(r) {
					x.suppressed, x.pending, x.exc = true, false, nil
				}
				continue
			}
			fixExceptionContext(e, x.exc, x.frameExc)
			x.pending, x.exc = true, e
		}
	})
	return suspended
}

// finish ends the run: the pending exception is raised again (keeping the
// context it was given), or the result says whether __exit__ swallowed
// what it received.
func (x *exitRun) finish() bool {
	if x.pending {
		exc := x.exc
		ctx := exc.Context
		e := py.Try(func() { panic(exc) })
		e.Context = ctx
		panic(e)
	}
	return x.received != nil && x.suppressed
}

// fixExceptionContext is _fix_exception_context: the exception a callback
// raised gets the previously pending one as its context, where its chain
// reaches the frame's own exception.
func fixExceptionContext(newExc, oldExc, frameExc *py.Exception) {
	for {
		ctx := newExc.Context
		if ctx == nil || ctx == oldExc {
			return
		}
		if ctx == frameExc {
			break
		}
		newExc = ctx
	}
	newExc.Context = oldExc
}

// Close is close().
func (s *ExitStack) Close() { s.PyExit(nil) }

func (s *ExitStack) PyGetAttr(name string) (any, bool) {
	switch name {
	case "enter_context":
		return py.NewMethod(name, s, func(a []any, kw []py.KW) any {
			methodArity(name, a, kw, 1)
			return s.EnterContext(a[0])
		}), true
	case "push":
		return py.NewMethod(name, s, func(a []any, kw []py.KW) any {
			methodArity(name, a, kw, 1)
			return s.Push(a[0])
		}), true
	case "callback":
		return py.NewMethod(name, s, func(a []any, kw []py.KW) any {
			if len(a) == 0 {
				panic(py.New(py.TypeError, "ExitStack.callback() missing 1 required positional argument: 'callback'"))
			}
			return s.Callback(a[0], a[1:], kw)
		}), true
	case "pop_all":
		return py.NewMethod(name, s, func(a []any, kw []py.KW) any {
			methodArity(name, a, kw, 0)
			return s.PopAll()
		}), true
	case "close":
		return py.NewMethod(name, s, func(a []any, kw []py.KW) any {
			methodArity(name, a, kw, 0)
			s.Close()
			return nil
		}), true
	}
	return cmMethods(s, name)
}

// methodArity checks the positional arguments of a Python-level method
// (self not counted) with the TypeError CPython's binding raises.
func methodArity(name string, a []any, kw []py.KW, n int) {
	if len(kw) > 0 {
		panic(py.New(py.TypeError, "ExitStack."+name+"() got an unexpected keyword argument '"+kw[0].Name+"'"))
	}
	if len(a) != n {
		py.Throw(py.New(py.TypeError, arityMessage("_BaseExitStack."+name, n, len(a))))
	}
}

func arityMessage(name string, want, got int) string {
	plural := func(n int) string {
		if n == 1 {
			return ""
		}
		return "s"
	}
	if got < want {
		return name + "() missing 1 required positional argument"
	}
	return name + "() takes " + strconv.Itoa(want+1) + " positional argument" + plural(want+1) + " but " + strconv.Itoa(got+1) + " were given"
}

// AsyncExitStack is contextlib.AsyncExitStack. It holds an ExitStack's
// callbacks without embedding it: it has no __enter__/__exit__.
type AsyncExitStack struct{ st ExitStack }

func (s *AsyncExitStack) PyType() string       { return "AsyncExitStack" }
func (s *AsyncExitStack) PyTypeModule() string { return "contextlib" }
func (s *AsyncExitStack) PyRepr() string {
	return "<contextlib.AsyncExitStack object at " + hexAddr(s) + ">"
}

var (
	enterAsyncContextInfo = &CoroInfo{Name: "enter_async_context", QualName: "AsyncExitStack.enter_async_context", File: cpythonLib + "/contextlib.py", Line: 618}
	acloseStackInfo       = &CoroInfo{Name: "aclose", QualName: "AsyncExitStack.aclose", File: cpythonLib + "/contextlib.py", Line: 662}
)

// EnterAsyncContext is enter_async_context(cm), a coroutine.
func (s *AsyncExitStack) EnterAsyncContext(cm any) *Coro {
	return NewStepCoro(enterAsyncContextInfo, func(co *Coro) any {
		if co.PC == 0 {
			if _, ok := cm.(AsyncContextManager); !ok {
				_, e1 := py.LookupAttr(cm, "__aenter__")
				_, e2 := py.LookupAttr(cm, "__aexit__")
				if !e1 || !e2 {
					py.ThrowFrom(py.New(py.TypeError, "'"+clsName(cm)+"' object does not support the asynchronous context manager protocol"), nil)
				}
			}
			co.awaitAt(1, aenterOf(cm))
		}
		v, susp := co.resume()
		if susp {
			return Suspended
		}
		s.st.push(false, func(exc *py.Exception) any { return aexitOf(cm, exc) })
		return v
	})
}

// PushAsyncCallback is push_async_callback(callback, /, *args, **kwds).
func (s *AsyncExitStack) PushAsyncCallback(fn any, args []any, kw []py.KW) any {
	s.st.push(false, func(*py.Exception) any {
		aw := py.Call(fn, args, kw)
		return NewStepCoro(aexitInfo, func(c *Coro) any {
			if c.PC == 0 {
				c.awaitAt(1, aw)
			}
			if _, susp := c.resume(); susp {
				return Suspended
			}
			return false
		})
	})
	return fn
}

// PushAsyncExit is push_async_exit(exit).
func (s *AsyncExitStack) PushAsyncExit(exit any) any {
	if _, ok := exit.(AsyncContextManager); ok {
		s.st.push(false, func(exc *py.Exception) any { return aexitOf(exit, exc) })
		return exit
	}
	if _, ok := exit.(*py.Instance); ok {
		if _, has := py.LookupAttr(exit, "__aexit__"); has {
			s.st.push(false, func(exc *py.Exception) any { return aexitOf(exit, exc) })
			return exit
		}
	}
	s.st.push(false, func(exc *py.Exception) any { return py.Call(exit, exitArgs(exc), nil) })
	return exit
}

// Aclose is aclose(), a coroutine.
func (s *AsyncExitStack) Aclose() *Coro {
	x := s.st.exitRun(nil)
	return NewStepCoro(acloseStackInfo, func(co *Coro) any {
		if x.run(co) {
			return Suspended
		}
		x.finish()
		return nil
	})
}

func (s *AsyncExitStack) AEnter() *Coro {
	return syncCoro(aenterInfo, func() any { return s })
}

func (s *AsyncExitStack) AExit(exc *py.Exception) *Coro { return s.st.aexit(exc) }

func (s *AsyncExitStack) PyGetAttr(name string) (any, bool) {
	switch name {
	case "enter_async_context":
		return py.NewMethod(name, s, func(a []any, kw []py.KW) any {
			methodArity(name, a, kw, 1)
			return s.EnterAsyncContext(a[0])
		}), true
	case "push_async_callback":
		return py.NewMethod(name, s, func(a []any, kw []py.KW) any {
			if len(a) == 0 {
				panic(py.New(py.TypeError, "AsyncExitStack.push_async_callback() missing 1 required positional argument: 'callback'"))
			}
			return s.PushAsyncCallback(a[0], a[1:], kw)
		}), true
	case "push_async_exit":
		return py.NewMethod(name, s, func(a []any, kw []py.KW) any {
			methodArity(name, a, kw, 1)
			return s.PushAsyncExit(a[0])
		}), true
	case "aclose":
		return py.NewMethod(name, s, func(a []any, kw []py.KW) any {
			methodArity(name, a, kw, 0)
			return s.Aclose()
		}), true
	case "enter_context":
		return py.NewMethod(name, s, func(a []any, kw []py.KW) any {
			methodArity(name, a, kw, 1)
			return s.st.EnterContext(a[0])
		}), true
	case "push":
		return py.NewMethod(name, s, func(a []any, kw []py.KW) any {
			methodArity(name, a, kw, 1)
			return s.st.Push(a[0])
		}), true
	case "callback":
		return py.NewMethod(name, s, func(a []any, kw []py.KW) any {
			if len(a) == 0 {
				panic(py.New(py.TypeError, "AsyncExitStack.callback() missing 1 required positional argument: 'callback'"))
			}
			return s.st.Callback(a[0], a[1:], kw)
		}), true
	case "pop_all":
		return py.NewMethod(name, s, func(a []any, kw []py.KW) any {
			methodArity(name, a, kw, 0)
			return &AsyncExitStack{st: *s.st.PopAll()}
		}), true
	}
	return cmMethods(s, name)
}
