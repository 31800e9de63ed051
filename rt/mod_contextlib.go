package rt

import (
	"fmt"
	"strconv"

	"github.com/pyasync2go/pyasync2go/rt/py"
)

// contextlib: contextmanager and asynccontextmanager (the generator-based
// context managers), suppress, closing, aclosing, nullcontext. ExitStack
// and AsyncExitStack are in mod_contextlib_stack.go. Each follows CPython
// 3.11's Lib/contextlib.py step by step; the async parts live in rt
// because they await.

// ContextlibContextmanager is contextlib.contextmanager(func): a function
// (wrapping func, as functools.wraps does) whose calls make a
// _GeneratorContextManager over func's generator.
func ContextlibContextmanager(fn any) any {
	return cmHelper(fn, func(gen any) any { return &GenCM{gen: gen} })
}

// ContextlibAsynccontextmanager is contextlib.asynccontextmanager(func).
func ContextlibAsynccontextmanager(fn any) any {
	return cmHelper(fn, func(gen any) any { return &AsyncGenCM{gen: gen} })
}

func cmHelper(fn any, wrap func(gen any) any) any {
	var h *py.Function
	h = &py.Function{Fn: func(args []any, kw []py.KW) any {
		cm := wrap(py.Call(fn, args, kw))
		// _recreate_cm, for the context manager used as a decorator.
		recreate := func() any { return h.Fn(args, kw) }
		switch m := cm.(type) {
		case *GenCM:
			m.recreate = recreate
		case *AsyncGenCM:
			m.recreate = recreate
		}
		return cm
	}}
	for _, name := range []string{"__name__", "__qualname__", "__doc__"} {
		if v, ok := py.LookupAttr(fn, name); ok {
			py.SetAttr(h, name, v)
		}
	}
	py.SetAttr(h, "__wrapped__", fn)
	return h
}

// GenCM is contextlib._GeneratorContextManager.
type GenCM struct {
	gen      any
	recreate func() any
}

// Call is ContextDecorator.__call__: func wrapped so that each call runs
// inside a fresh context manager made with the same arguments.
func (m *GenCM) Call(args []any, kw []py.KW) any {
	fn := decoratedFunc(args, kw)
	return wrapLike(fn, func(a []any, k []py.KW) any {
		cm := m.recreate()
		py.Enter(cm)
		var r any
		exc := py.Try(func() { r = py.Call(fn, a, k) })
		if !py.Exit(cm, exc) && exc != nil {
			panic(exc)
		}
		return r
	})
}

// decoratedFunc is the one argument of a context manager used as a
// decorator.
func decoratedFunc(args []any, kw []py.KW) any {
	if len(kw) > 0 {
		panic(py.New(py.TypeError, "ContextDecorator.__call__() got an unexpected keyword argument '"+kw[0].Name+"'"))
	}
	if len(args) != 1 {
		panic(py.New(py.TypeError, "ContextDecorator.__call__() takes 2 positional arguments but "+strconv.Itoa(len(args)+1)+" were given"))
	}
	return args[0]
}

// wrapLike is functools.wraps(fn)(inner).
func wrapLike(fn any, inner func(args []any, kw []py.KW) any) *py.Function {
	w := &py.Function{Fn: inner}
	for _, name := range []string{"__name__", "__qualname__", "__doc__"} {
		if v, ok := py.LookupAttr(fn, name); ok {
			py.SetAttr(w, name, v)
		}
	}
	py.SetAttr(w, "__wrapped__", fn)
	return w
}

func (m *GenCM) PyType() string       { return "_GeneratorContextManager" }
func (m *GenCM) PyTypeModule() string { return "contextlib" }
func (m *GenCM) PyRepr() string {
	return "<contextlib._GeneratorContextManager object at " + hexAddr(m) + ">"
}

func (m *GenCM) PyGetAttr(name string) (any, bool) {
	if name == "gen" {
		return m.gen, true
	}
	return cmMethods(m, name)
}

// PyEnter is __enter__: next(self.gen).
func (m *GenCM) PyEnter() any {
	var v any
	if exc := coreTry(func() { v = py.Next(m.gen) }); exc != nil {
		if exc.Is(py.StopIteration) {
			raiseInContextlib(py.New(py.RuntimeError, "generator didn't yield"), 139, "__enter__", `raise RuntimeError("generator didn't yield") from None`, true)
		}
		panic(withContextlibFrame(exc, 137, "__enter__", "return next(self.gen)"))
	}
	return v
}

// PyExit is __exit__: the generator resumed after a body that completed,
// or the body's exception thrown into it; true when the generator
// swallowed the exception. It recovers with coreTry, not py.Try: the
// generator's frames are its own in tracebacks, below contextlib's.
func (m *GenCM) PyExit(exc *py.Exception) bool {
	closeGen := func() { py.CallMethod(m.gen, "close", nil, nil) }
	if exc == nil {
		e := coreTry(func() { py.Next(m.gen) })
		if e == nil {
			raiseThenClose("generator didn't stop", 149, "__exit__", `raise RuntimeError("generator didn't stop")`, closeGen)
		}
		if e.Is(py.StopIteration) {
			return false
		}
		panic(withContextlibFrame(e, 144, "__exit__", "next(self.gen)"))
	}
	tb, depth := exc.Traceback, exc.CatchDepth
	e := coreTry(func() { py.CallMethod(m.gen, "throw", []any{exc}, nil) })
	if e == nil {
		py.Handling(exc, func() {
			raiseThenClose("generator didn't stop after throw()", 194, "__exit__", `raise RuntimeError("generator didn't stop after throw()")`, closeGen)
		})
	}
	if e.Is(py.StopIteration) {
		return e != exc
	}
	if !reraisedBody(e, exc, py.StopIteration) {
		throwTraceback(exc, tb, depth)
		panic(withContextlibFrame(e, 158, "__exit__", "self.gen.throw(typ, value, traceback)"))
	}
	exc.Traceback, exc.CatchDepth = tb, depth
	return false
}

// throwTraceback is the traceback gen.throw leaves on the exception it
// threw into the generator: the generator's frame in front of the one the
// exception had where the with statement caught it (tb, from depth on).
func throwTraceback(exc *py.Exception, tb []py.Frame, depth int) {
	probe := coreTry(func() { py.Throw(py.New(py.RuntimeError)) })
	k := len(probe.Traceback)
	if k > len(exc.Traceback) || depth > len(tb) {
		return
	}
	gen := append([]py.Frame(nil), exc.Traceback[k:]...)
	exc.Traceback = append(gen, tb[depth:]...)
	exc.CatchDepth = 0
}

// contextlibFrame is a frame of CPython's Lib/contextlib.py.
func contextlibFrame(line int, fn, src string) py.Frame {
	return py.Frame{File: cpythonLib + "/contextlib.py", Line: line, Func: fn, Source: src}
}

// withContextlibFrame puts contextlib's frame into the traceback of e, an
// exception the generator raised, between the frames of the with
// statement's stack and the generator's own, as CPython's traceback
// has it. An exception that already passed through here keeps its frames.
func withContextlibFrame(e *py.Exception, line int, fn, src string) *py.Exception {
	probe := coreTry(func() { py.Throw(py.New(py.RuntimeError)) })
	k := len(probe.Traceback)
	if k > len(e.Traceback) {
		return e
	}
	f := contextlibFrame(line, fn, src)
	if k < len(e.Traceback) && e.Traceback[k].File == f.File {
		return e
	}
	tb := append(append(append([]py.Frame(nil), e.Traceback[:k]...), f), e.Traceback[k:]...)
	e.Traceback = tb
	return e
}

// raiseInContextlib raises exc (from None when suppress) as contextlib's
// own source line does.
func raiseInContextlib(exc *py.Exception, line int, fn, src string, suppress bool) {
	e := coreTry(func() {
		if suppress {
			py.ThrowFrom(exc, nil)
		}
		py.Throw(exc)
	})
	e.Traceback = append(e.Traceback, contextlibFrame(line, fn, src))
	panic(e)
}

// reraisedBody is __exit__'s test that the exception leaving the
// generator is the body's own (or PEP 479's RuntimeError over a body
// StopIteration), which the with statement then re-raises.
func reraisedBody(e, exc *py.Exception, stops ...*py.Class) bool {
	if e == exc {
		return true
	}
	if e.Is(py.RuntimeError) && e.Cause == exc {
		for _, s := range stops {
			if exc.Is(s) {
				return true
			}
		}
	}
	return false
}

// raiseThenClose is `try: raise RuntimeError(msg) finally: close()`.
func raiseThenClose(msg string, line int, fn, src string, close func()) {
	e := coreTry(func() { raiseInContextlib(py.New(py.RuntimeError, msg), line, fn, src, false) })
	py.Handling(e, close)
	panic(e)
}

// cmMethods gives __enter__/__exit__ (and the async forms) as bound
// methods, for code that calls them by name.
func cmMethods(m any, name string) (any, bool) {
	switch name {
	case "__enter__":
		if cm, ok := m.(py.ContextManager); ok {
			return py.NewMethod(name, m, func(a []any, kw []py.KW) any { return cm.PyEnter() }), true
		}
	case "__exit__":
		if cm, ok := m.(py.ContextManager); ok {
			return py.NewMethod(name, m, func(a []any, kw []py.KW) any { return cm.PyExit(excArg(a)) }), true
		}
	case "__aenter__":
		if cm, ok := m.(AsyncContextManager); ok {
			return py.NewMethod(name, m, func(a []any, kw []py.KW) any { return cm.AEnter() }), true
		}
	case "__aexit__":
		if cm, ok := m.(AsyncContextManager); ok {
			return py.NewMethod(name, m, func(a []any, kw []py.KW) any { return cm.AExit(excArg(a)) }), true
		}
	}
	return nil, false
}

// excArg is the exception of __exit__(type, value, tb) arguments.
func excArg(a []any) *py.Exception {
	if len(a) > 1 {
		if e, ok := a[1].(*py.Exception); ok {
			return e
		}
	}
	if len(a) > 0 {
		if c, ok := a[0].(*py.Class); ok {
			e, _ := c.Call(nil, nil).(*py.Exception)
			return e
		}
	}
	return nil
}

// AsyncGenCM is contextlib._AsyncGeneratorContextManager.
type AsyncGenCM struct {
	gen      any
	recreate func() any
}

var decoratedInfo = &CoroInfo{Name: "inner", QualName: "AsyncContextDecorator.__call__.<locals>.inner", File: cpythonLib + "/contextlib.py", Line: 188}

// Call is AsyncContextDecorator.__call__: func (an async def) wrapped in an
// async function whose calls await it inside a fresh context manager.
func (m *AsyncGenCM) Call(args []any, kw []py.KW) any {
	fn := decoratedFunc(args, kw)
	return wrapLike(fn, func(a []any, k []py.KW) any {
		var cm, r any
		var exc *py.Exception
		return NewStepCoro(decoratedInfo, func(co *Coro) any {
			switch co.PC {
			case 0:
				cm = m.recreate()
				co.awaitAt(1, aenterOf(cm))
				fallthrough
			case 1:
				if _, s := co.resume(); s {
					return Suspended
				}
				// async with: return await func(*args, **kwds)
				s := false
				exc = py.Try(func() {
					co.awaitAt(2, py.Call(fn, a, k))
					r, s = co.resume()
				})
				if s {
					return Suspended
				}
			case 2:
				s := false
				exc = py.Try(func() { r, s = co.resume() })
				if s {
					return Suspended
				}
			}
			if co.PC == 2 {
				if exc != nil {
					co.aw = awaitState{}
				}
				co.awaitAt(3, aexitOf(cm, exc))
			}
			swallow, s := co.resume()
			if s {
				return Suspended
			}
			if !swallow.(bool) && exc != nil {
				panic(exc)
			}
			return r
		})
	})
}

func (m *AsyncGenCM) PyType() string       { return "_AsyncGeneratorContextManager" }
func (m *AsyncGenCM) PyTypeModule() string { return "contextlib" }
func (m *AsyncGenCM) PyRepr() string {
	return "<contextlib._AsyncGeneratorContextManager object at " + hexAddr(m) + ">"
}

func (m *AsyncGenCM) PyGetAttr(name string) (any, bool) {
	if name == "gen" {
		return m.gen, true
	}
	return cmMethods(m, name)
}

// agenNext is `anext(gen)`, or `gen.athrow(exc)` when exc is not nil,
// to be awaited.
func agenNext(gen any, exc *py.Exception) any {
	if ag, ok := gen.(*AsyncGen); ok {
		if exc != nil {
			return ag.resume(athrowInfo, nil, exc, false)
		}
		return ag.resume(anextInfo, nil, nil, false)
	}
	if exc != nil {
		return py.CallMethod(gen, "athrow", []any{exc}, nil)
	}
	return py.CallBuiltin("anext", []any{gen}, nil)
}

// agenClose is `gen.aclose()`, to be awaited.
func agenClose(gen any) any {
	if ag, ok := gen.(*AsyncGen); ok {
		return ag.aclose()
	}
	return py.CallMethod(gen, "aclose", nil, nil)
}

// AEnter is __aenter__: await anext(self.gen).
func (m *AsyncGenCM) AEnter() *Coro {
	return NewStepCoro(aenterInfo, func(co *Coro) any {
		var v any
		s := false
		exc := coreTry(func() {
			if co.PC == 0 {
				co.awaitAt(1, agenNext(m.gen, nil))
			}
			v, s = co.resume()
		})
		if s {
			return Suspended
		}
		if exc != nil {
			if exc.Is(py.StopAsyncIteration) {
				raiseInContextlib(py.New(py.RuntimeError, "generator didn't yield"), 212, "__aenter__", `raise RuntimeError("generator didn't yield") from None`, true)
			}
			panic(exc)
		}
		return v
	})
}

// AExit is __aexit__, as GenCM.PyExit with awaits: resume point 1 awaits
// the generator's next step (anext or athrow), 2 its aclose() while the
// RuntimeError saying it did not stop is being raised.
func (m *AsyncGenCM) AExit(exc *py.Exception) *Coro {
	var tb []py.Frame
	var depth int
	// stopErr is the RuntimeError raised because the generator went on;
	// handled is what the raise happens while handling.
	var stopErr, handled *py.Exception
	return NewStepCoro(aexitInfo, func(co *Coro) any {
		if co.PC == 2 {
			// raiseThenClose's close, made resumable.
			py.Handling(handled, func() {
				py.Handling(stopErr, func() {
					if _, s := co.resume(); s {
						return
					}
					co.PC = 3
				})
			})
			if co.PC == 2 {
				return Suspended
			}
			panic(stopErr)
		}
		s := false
		e := coreTry(func() {
			if co.PC == 0 {
				if exc != nil {
					tb, depth = exc.Traceback, exc.CatchDepth
				}
				co.awaitAt(1, agenNext(m.gen, exc))
			}
			_, s = co.resume()
		})
		if s {
			return Suspended
		}
		if e == nil {
			// The generator yielded again: raise RuntimeError and close it.
			if exc == nil {
				stopErr = coreTry(func() {
					raiseInContextlib(py.New(py.RuntimeError, "generator didn't stop"), 222, "__aexit__", `raise RuntimeError("generator didn't stop")`, false)
				})
			} else {
				handled = exc
				py.Handling(exc, func() {
					stopErr = coreTry(func() {
						raiseInContextlib(py.New(py.RuntimeError, "generator didn't stop after athrow()"), 267, "__aexit__", `raise RuntimeError("generator didn't stop after athrow()")`, false)
					})
				})
			}
			py.Handling(handled, func() {
				py.Handling(stopErr, func() {
					co.awaitAt(2, agenClose(m.gen))
					if _, s := co.resume(); s {
						return
					}
					co.PC = 3
				})
			})
			if co.PC == 2 {
				return Suspended
			}
			panic(stopErr)
		}
		if exc == nil {
			if e.Is(py.StopAsyncIteration) {
				return false
			}
			panic(e)
		}
		if e.Is(py.StopAsyncIteration) {
			return e != exc
		}
		if !reraisedBody(e, exc, py.StopIteration, py.StopAsyncIteration) {
			panic(withContextlibFrame(e, 231, "__aexit__", "await self.gen.athrow(typ, value, traceback)"))
		}
		exc.Traceback, exc.CatchDepth = tb, depth
		return false
	})
}

// Suppress is contextlib.suppress(*exceptions).
type Suppress struct{ excs py.Tuple }

// ContextlibSuppress is contextlib.suppress(*exceptions).
func ContextlibSuppress(excs ...any) *Suppress { return &Suppress{excs: py.Tuple(excs)} }

func (s *Suppress) PyType() string       { return "suppress" }
func (s *Suppress) PyTypeModule() string { return "contextlib" }
func (s *Suppress) PyRepr() string       { return "<contextlib.suppress object at " + hexAddr(s) + ">" }
func (s *Suppress) PyGetAttr(name string) (any, bool) {
	return cmMethods(s, name)
}
func (s *Suppress) PyEnter() any { return nil }

// PyExit is issubclass(exctype, self._exceptions), which raises
// CPython's TypeError for a non-class among them.
func (s *Suppress) PyExit(exc *py.Exception) bool {
	return exc != nil && py.Truth(py.CallBuiltin("issubclass", []any{exc.Class, s.excs}, nil))
}

// Closing is contextlib.closing(thing).
type Closing struct{ thing any }

// ContextlibClosing is contextlib.closing(thing).
func ContextlibClosing(thing any) *Closing { return &Closing{thing: thing} }

func (c *Closing) PyType() string       { return "closing" }
func (c *Closing) PyTypeModule() string { return "contextlib" }
func (c *Closing) PyRepr() string       { return "<contextlib.closing object at " + hexAddr(c) + ">" }
func (c *Closing) PyGetAttr(name string) (any, bool) {
	if name == "thing" {
		return c.thing, true
	}
	return cmMethods(c, name)
}
func (c *Closing) PyEnter() any { return c.thing }
func (c *Closing) PyExit(exc *py.Exception) bool {
	py.Handling(exc, func() { py.CallMethod(c.thing, "close", nil, nil) })
	return false
}

// AClosing is contextlib.aclosing(thing): an async context manager only.
type AClosing struct{ thing any }

// ContextlibAclosing is contextlib.aclosing(thing).
func ContextlibAclosing(thing any) *AClosing { return &AClosing{thing: thing} }

func (c *AClosing) PyType() string       { return "aclosing" }
func (c *AClosing) PyTypeModule() string { return "contextlib" }
func (c *AClosing) PyRepr() string       { return "<contextlib.aclosing object at " + hexAddr(c) + ">" }
func (c *AClosing) PyGetAttr(name string) (any, bool) {
	if name == "thing" {
		return c.thing, true
	}
	return cmMethods(c, name)
}
func (c *AClosing) AEnter() *Coro { return syncCoro(aenterInfo, func() any { return c.thing }) }

// AExit is `await self.thing.aclose()`, run while exc is being handled.
func (c *AClosing) AExit(exc *py.Exception) *Coro {
	return NewStepCoro(aexitInfo, func(co *Coro) any {
		s := false
		py.Handling(exc, func() {
			if co.PC == 0 {
				co.awaitAt(1, agenClose(c.thing))
			}
			_, s = co.resume()
		})
		if s {
			return Suspended
		}
		return false
	})
}

// NullContext is contextlib.nullcontext(enter_result=None), for with and
// async with.
type NullContext struct{ result any }

// ContextlibNullcontext is contextlib.nullcontext(enter_result=None).
func ContextlibNullcontext(result any) *NullContext { return &NullContext{result: result} }

func (n *NullContext) PyType() string       { return "nullcontext" }
func (n *NullContext) PyTypeModule() string { return "contextlib" }
func (n *NullContext) PyRepr() string {
	return "<contextlib.nullcontext object at " + hexAddr(n) + ">"
}
func (n *NullContext) PyGetAttr(name string) (any, bool) {
	if name == "enter_result" {
		return n.result, true
	}
	return cmMethods(n, name)
}
func (n *NullContext) PyEnter() any              { return n.result }
func (n *NullContext) PyExit(*py.Exception) bool { return false }
func (n *NullContext) AEnter() *Coro {
	return syncCoro(aenterInfo, func() any { return n.result })
}
func (n *NullContext) AExit(*py.Exception) *Coro {
	return syncCoro(aexitInfo, func() any { return false })
}

func hexAddr(x any) string { return fmt.Sprintf("0x%x", py.Addr(x)) }
