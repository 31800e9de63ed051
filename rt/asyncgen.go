package rt

import (
	"fmt"

	"github.com/pyasync2go/pyasync2go/rt/py"
)

// Async generators (DESIGN.md, "Async generators"): an async def with
// yield compiles to a step function like any async def; its frame is a
// *Coro whose yields are a kind of await (awYield). Each __anext__ /
// asend / athrow / aclose is a small step coroutine of its own that drives
// the frame on the awaiting task until the frame yields (the awaitable's
// result), returns (StopAsyncIteration) or raises: an await inside the
// generator suspends the awaiting task, as in CPython.

type agenState uint8

const (
	agenCreated agenState = iota
	agenSuspended
	agenDone
)

// AsyncGen is an async generator object.
type AsyncGen struct {
	info  *CoroInfo
	frame *Coro
	state agenState
	// running: an __anext__/asend/athrow/aclose is in progress.
	running bool
	// hooked: an __anext__ began, so CPython's loop has registered the
	// generator with its finalizer (firstiter hook). finalized: the loop's
	// finalizer ran for it (DropLoopIter).
	hooked, finalized bool
}

// NewAsyncGen is calling an async generator function: nothing runs yet.
func NewAsyncGen(info *CoroInfo, step func(co *Coro) any) *AsyncGen {
	return &AsyncGen{info: info, frame: NewStepCoro(info, step)}
}

// StartYield begins an async generator's `yield v`.
func (co *Coro) StartYield(v any) {
	co.aw = awaitState{kind: awYield, value: v}
}

type exhausted struct{}

// asyncExhausted is what an `async for` step gets instead of
// StopAsyncIteration (see StartANext).
var asyncExhausted any = &exhausted{}

var (
	anextInfo  = &CoroInfo{Name: "__anext__", QualName: "__anext__", File: "<async_generator>", Line: 1}
	asendInfo  = &CoroInfo{Name: "asend", QualName: "asend", File: "<async_generator>", Line: 1}
	athrowInfo = &CoroInfo{Name: "athrow", QualName: "athrow", File: "<async_generator>", Line: 1}
	acloseInfo = &CoroInfo{Name: "aclose", QualName: "aclose", File: "<async_generator>", Line: 1}
)

// resume returns the awaitable of one resumption: sent goes in as the
// value of the pending yield (thrown is raised there instead). When the
// body ends, the awaitable raises StopAsyncIteration, or returns
// asyncExhausted when forLoop.
func (ag *AsyncGen) resume(info *CoroInfo, sent any, thrown *py.Exception, forLoop bool) *Coro {
	started := false
	return NewStepCoro(info, func(c *Coro) any {
		if !started {
			started = true
			ag.hook()
			if ag.running {
				panic(py.New(py.RuntimeError, "anext(): asynchronous generator is already running"))
			}
			switch ag.state {
			case agenDone:
				if thrown != nil {
					py.Rethrow(thrown)
				}
				return ag.end(forLoop)
			case agenCreated:
				if sent != nil {
					panic(py.New(py.TypeError, "can't send non-None value to a just-started async generator"))
				}
				if thrown != nil {
					ag.state = agenDone
					py.Rethrow(thrown)
				}
			case agenSuspended:
				ag.frame.aw.value, ag.frame.aw.obj = sent, nil
				if thrown != nil {
					ag.frame.aw.obj = thrown
				}
			}
			ag.running = true
		}
		f := ag.frame
		f.task = c.task
		finished := false
		defer func() {
			if !finished {
				ag.running, ag.state = false, agenDone
				if r := recover(); r != nil {
					if e, ok := r.(*py.Exception); ok && e.Is(py.StopAsyncIteration) {
						re := py.New(py.RuntimeError, "async generator raised StopAsyncIteration")
						re.Cause, re.Context = e, e
						py.Rethrow(re)
					}
					panic(r)
				}
			}
		}()
		r := f.callStep()
		finished = true
		if r == Suspended {
			if f.aw.kind != awYield {
				return Suspended // an await inside the generator
			}
			ag.running, ag.state = false, agenSuspended
			return f.aw.value
		}
		ag.running, ag.state = false, agenDone
		return ag.end(forLoop)
	})
}

func (ag *AsyncGen) end(forLoop bool) any {
	if forLoop {
		return asyncExhausted
	}
	panic(py.New(py.StopAsyncIteration))
}

// aclose is agen.aclose(): GeneratorExit thrown in at the pending yield.
func (ag *AsyncGen) aclose() *Coro {
	ag.hook()
	if ag.state != agenSuspended {
		ag.state = agenDone
		return NewStepCoro(acloseInfo, func(c *Coro) any { return nil })
	}
	inner := ag.resume(acloseInfo, nil, py.New(py.GeneratorExit), false)
	return NewStepCoro(acloseInfo, func(c *Coro) any {
		if c.PC == 0 {
			c.PC = 1
			c.startSub(inner)
		}
		// done: the resumption finished without raising, so the
		// generator yielded again.
		done := false
		exc := py.Try(func() {
			if c.Suspend() {
				return
			}
			done = true
			c.AwaitResult()
		})
		if exc != nil {
			if exc.Is(py.GeneratorExit) || exc.Is(py.StopAsyncIteration) {
				return nil
			}
			panic(exc)
		}
		if !done {
			return Suspended
		}
		panic(py.New(py.RuntimeError, "async generator ignored GeneratorExit"))
	})
}

// hook is the loop's firstiter hook (BaseEventLoop._asyncgen_firstiter_hook):
// the first __anext__/asend/athrow/aclose registers the generator with the
// running loop, whose shutdown_asyncgens closes it if nothing else did.
func (ag *AsyncGen) hook() {
	if ag.hooked {
		return
	}
	ag.hooked = true
	l := runningLoop.Load()
	if l == nil || l.closed {
		return
	}
	if len(l.asyncgens) >= l.asyncgensPruneAt {
		// The weak set forgets finished generators; so does the slice,
		// or a program iterating many of them would keep them all.
		kept := l.asyncgens[:0]
		for _, g := range l.asyncgens {
			if !g.finalized && g.state != agenDone {
				kept = append(kept, g)
			}
		}
		clear(l.asyncgens[len(kept):])
		l.asyncgens = kept
		l.asyncgensPruneAt = max(64, 2*len(kept))
	}
	l.asyncgens = append(l.asyncgens, ag)
}

// DropLoopIter is where an `async for` over a fresh call's result lets go
// of the iterator: the loop held the only reference, so CPython's
// reference counting finalizes an async generator right there. Its loop's
// finalizer hook (BaseEventLoop._asyncgen_finalizer_hook) schedules
// create_task(agen.aclose()) for a generator that began iterating and is
// not finished (_PyGen_Finalize skips a completed frame, whether it
// returned or raised): the task takes a Task-N name, and it runs the
// generator's cleanup one iteration later.
func DropLoopIter(it any) {
	ag, ok := it.(*AsyncGen)
	if !ok || !ag.hooked || ag.finalized || ag.state == agenDone {
		return
	}
	l := runningLoop.Load()
	if l == nil || l.closed {
		return
	}
	ag.finalized = true // the hook runs once: the generator left loop._asyncgens
	closing := ag.aclose()
	l.callSoonGo(func() { l.CreateTask(closing, nil) }, "<bound method BaseEventLoop.create_task>")
}

// AIter is `aiter(x)`, what `async for` calls first.
func AIter(x any) any {
	if ag, ok := x.(*AsyncGen); ok {
		return ag
	}
	if _, ok := py.LookupAttr(x, "__aiter__"); ok {
		return py.CallMethod(x, "__aiter__", nil, nil)
	}
	panic(py.New(py.TypeError, fmt.Sprintf("'async for' requires an object with __aiter__ method, got %s", pyTypeName(x))))
}

// StartANext begins an `async for` step, `await it.__anext__()`; after
// Suspend, ANextResult has the item, or false once the iterator raised
// StopAsyncIteration.
func (co *Coro) StartANext(it any) {
	if ag, ok := it.(*AsyncGen); ok {
		co.startSub(ag.resume(anextInfo, nil, nil, true))
		return
	}
	if _, ok := py.LookupAttr(it, "__anext__"); !ok {
		panic(py.New(py.TypeError, fmt.Sprintf("'async for' received an object from __aiter__ that does not implement __anext__: %s", pyTypeName(it))))
	}
	aw := py.CallMethod(it, "__anext__", nil, nil)
	co.startSub(NewStepCoro(anextInfo, func(c *Coro) any {
		if c.PC == 0 {
			c.PC = 1
			c.StartAwait(aw)
		}
		suspended := false
		exc := py.Try(func() { suspended = c.Suspend() })
		if exc != nil {
			if exc.Is(py.StopAsyncIteration) {
				return asyncExhausted
			}
			panic(exc)
		}
		if suspended {
			return Suspended
		}
		return c.AwaitResult()
	}))
}

// ANextResult is the item an `async for` step got, false at the end.
func (co *Coro) ANextResult() (any, bool) {
	v := co.AwaitResult()
	if v == asyncExhausted {
		return nil, false
	}
	return v, true
}

func (ag *AsyncGen) PyRepr() string {
	return fmt.Sprintf("<async_generator object %s at %#x>", ag.info.QualName, py.Addr(ag))
}

func (ag *AsyncGen) PyType() string { return "async_generator" }

func (ag *AsyncGen) PyGetAttr(name string) (any, bool) {
	switch name {
	case "__name__":
		return ag.info.Name, true
	case "__qualname__":
		return ag.info.QualName, true
	case "ag_running":
		return ag.running, true
	case "__aiter__":
		return coreMethod("__aiter__", func(a []any) any { return ag }), true
	case "__anext__":
		return coreMethod("__anext__", func(a []any) any { return ag.resume(anextInfo, nil, nil, false) }), true
	case "asend":
		return coreMethod("asend", func(a []any) any {
			if len(a) != 1 {
				panic(py.New(py.TypeError, fmt.Sprintf("async_generator.asend() takes exactly one argument (%d given)", len(a))))
			}
			return ag.resume(asendInfo, a[0], nil, false)
		}), true
	case "athrow":
		return coreMethod("athrow", func(a []any) any {
			if len(a) < 1 || len(a) > 3 {
				panic(py.New(py.TypeError, fmt.Sprintf("athrow expected at least 1 argument, got %d", len(a))))
			}
			exc := a[0]
			if cls, ok := exc.(*py.Class); ok && len(a) > 1 && a[1] != nil {
				exc = cls.Call([]any{a[1]}, nil)
			}
			e, ok := exc.(*py.Exception)
			if !ok {
				if cls, isCls := exc.(*py.Class); isCls {
					e, _ = cls.Call(nil, nil).(*py.Exception)
				}
			}
			if e == nil {
				panic(py.New(py.TypeError, "exceptions must be classes or instances deriving from BaseException, not "+pyTypeName(exc)))
			}
			return ag.resume(athrowInfo, nil, e, false)
		}), true
	case "aclose":
		return coreMethod("aclose", func(a []any) any { return ag.aclose() }), true
	}
	return nil, false
}

func init() {
	py.RegisterBuiltin("aiter", func(a []any, kw []py.KW) any {
		builtinArity("aiter", a, kw, 1, 1)
		if ag, ok := a[0].(*AsyncGen); ok {
			return ag
		}
		if _, ok := py.LookupAttr(a[0], "__aiter__"); !ok {
			panic(py.New(py.TypeError, fmt.Sprintf("'%s' object is not an async iterable", pyTypeName(a[0]))))
		}
		return py.CallMethod(a[0], "__aiter__", nil, nil)
	})
	py.RegisterBuiltin("anext", func(a []any, kw []py.KW) any {
		builtinArity("anext", a, kw, 1, 2)
		var aw any
		if ag, ok := a[0].(*AsyncGen); ok {
			aw = ag.resume(anextInfo, nil, nil, false)
		} else if _, ok := py.LookupAttr(a[0], "__anext__"); ok {
			aw = py.CallMethod(a[0], "__anext__", nil, nil)
		} else {
			panic(py.New(py.TypeError, fmt.Sprintf("'%s' object is not an async iterator", pyTypeName(a[0]))))
		}
		if len(a) == 1 {
			return aw
		}
		def := a[1]
		return NewStepCoro(anextInfo, func(c *Coro) any {
			if c.PC == 0 {
				c.PC = 1
				c.StartAwait(aw)
			}
			suspended := false
			exc := py.Try(func() { suspended = c.Suspend() })
			if exc != nil {
				if exc.Is(py.StopAsyncIteration) {
					if _, ok := def.(py.Tuple); ok {
						// CPython 3.11's anext_awaitable hands a tuple
						// default to StopIteration as its args, which
						// fails this way (fixed in 3.12).
						se := py.New(py.SystemError, "<class 'StopIteration'> returned a result with an exception set")
						exc.Traceback = nil // raised in C, no frames
						se.Cause, se.Context = exc, exc
						py.Throw(se)
					}
					return def
				}
				panic(exc)
			}
			if suspended {
				return Suspended
			}
			return c.AwaitResult()
		})
	})
}

func builtinArity(name string, a []any, kw []py.KW, lo, hi int) {
	if len(kw) > 0 {
		panic(py.New(py.TypeError, name+"() takes no keyword arguments"))
	}
	if len(a) < lo || len(a) > hi {
		if lo == hi {
			panic(py.New(py.TypeError, fmt.Sprintf("%s() takes exactly one argument (%d given)", name, len(a))))
		}
		panic(py.New(py.TypeError, fmt.Sprintf("%s expected at most %d arguments, got %d", name, hi, len(a))))
	}
}
