package rt

import (
	"fmt"
	"math/big"

	"github.com/pyasync2go/pyasync2go/rt/py"
)

// The library layer of rt (this file, gather.go, wait.go, shield.go,
// timeouts.go, taskgroups.go, queues.go, locks.go, threads.go) is asyncio's
// Python-level modules ported onto the core's futures and tasks: each
// function follows CPython 3.11.7's source step by step, because the
// number of loop iterations every intermediate future adds is observable
// (semantics T7). It uses only the core's documented internal API (rt/doc.go)
// and never edits the loop, futures or tasks themselves. Where CPython
// iterates a set, it uses creation order instead.

// AsyncContextManager is what `async with` accepts: Lock, Semaphore,
// BoundedSemaphore, Condition, Barrier, TaskGroup, Timeout and contextlib's
// managers. Both methods return a step coroutine (awaiting it is the
// await of `async with`).
type AsyncContextManager interface {
	// AEnter is cm.__aenter__(): its result is what `as` binds.
	AEnter() *Coro
	// AExit is cm.__aexit__(type(exc), exc, tb), exc nil when the body
	// completed; its result is a bool, true to swallow exc.
	AExit(exc *py.Exception) *Coro
}

// aenterOf is `cm.__aenter__()` of any async context manager, as an
// awaitable.
func aenterOf(cm any) any {
	if m, ok := cm.(AsyncContextManager); ok {
		return m.AEnter()
	}
	return userAEnter(cm)
}

// aexitOf is `cm.__aexit__(...)` of any async context manager, as a
// coroutine whose result is the bool truth of what __aexit__ returned.
func aexitOf(cm any, exc *py.Exception) *Coro {
	if m, ok := cm.(AsyncContextManager); ok {
		return m.AExit(exc)
	}
	aw := userAExit(cm, exc)
	return NewStepCoro(aexitInfo, func(co *Coro) any {
		if co.PC == 0 {
			co.awaitAt(1, aw)
		}
		v, s := co.resume()
		if s {
			return Suspended
		}
		return py.Truth(v)
	})
}

// userAEnter calls the __aenter__ of an object that is not one of rt's
// context managers (a user class), after checking it has both methods as
// CPython's BEFORE_ASYNC_WITH does; the result is to be awaited.
func userAEnter(cm any) any {
	enter, ok := py.LookupAttr(cm, "__aenter__")
	if !ok {
		panic(py.New(py.TypeError, fmt.Sprintf("'%s' object does not support the asynchronous context manager protocol", pyTypeName(cm))))
	}
	if _, ok := py.LookupAttr(cm, "__aexit__"); !ok {
		panic(py.New(py.TypeError, fmt.Sprintf("'%s' object does not support the asynchronous context manager protocol (missed __aexit__ method)", pyTypeName(cm))))
	}
	return py.Call(enter, nil, nil)
}

// userAExit calls a user __aexit__(type, value, traceback); the result is
// to be awaited and its truth swallows exc.
func userAExit(cm any, exc *py.Exception) any {
	args := []any{nil, nil, nil}
	if exc != nil {
		args = []any{exc.Class, exc, nil}
	}
	return py.CallMethod(cm, "__aexit__", args, nil)
}

// raiseFromAt is `raise exc from cause` (cause nil: `from None`) executed
// by CPython's asyncio source at frame, so the traceback ends there as
// CPython's does. handled is the exception the source is handling there
// (an except clause's, or the one __aexit__ was called with): it becomes
// exc's __context__. With nil, exc chains to whatever its catcher's
// thread is handling, like any raise.
func raiseFromAt(exc, cause, handled *py.Exception, frame py.Frame) {
	exc.Traceback = []py.Frame{frame}
	exc.Cause, exc.SuppressContext = cause, true
	if handled == nil {
		py.Throw(exc)
	}
	py.Rethrow(py.ChainContext(exc, handled))
}

// loopBinding is mixins._LoopBoundMixin: a primitive binds to the running
// loop the first time it has to wait, and refuses any other loop after.
type loopBinding struct{ loop *Loop }

func (b *loopBinding) get(owner py.Object) *Loop {
	l := GetRunningLoop()
	if b.loop == nil {
		b.loop = l
	}
	if l != b.loop {
		panic(py.New(py.RuntimeError, owner.PyRepr()+" is bound to a different event loop"))
	}
	return l
}

// asyncioFile is the path of an asyncio module on the oracle's CPython, as
// shown in callback and coroutine reprs.
func asyncioFile(name string) string { return cpythonLib + "/asyncio/" + name }

// objectAddress stands in for id(obj) in `at 0x…` reprs; real addresses
// differ from CPython's anyway.
func objectAddress(obj any) string { return fmt.Sprintf("%p", obj) }

// toInt converts a Python int argument (count, maxsize) to a Go int.
func toInt(v any) int {
	switch x := v.(type) {
	case int:
		return x
	case bool:
		if x {
			return 1
		}
		return 0
	case *big.Int:
		if x.IsInt64() {
			return int(x.Int64())
		}
		if x.Sign() < 0 {
			return -int(^uint(0) >> 1)
		}
		return int(^uint(0) >> 1)
	}
	panic(py.New(py.TypeError, fmt.Sprintf("'%s' object cannot be interpreted as an integer", pyTypeName(v))))
}

// coroWrapper is what coro.__await__() returns (CPython's
// coroutine_wrapper): awaiting it awaits the coroutine; a generator's
// yield from drives it (rt/await_generator.go).
type coroWrapper struct {
	co    *Coro
	drive awaitDriver
}

// PyRepr is <coroutine_wrapper object at 0x...>.
func (w *coroWrapper) PyRepr() string {
	return fmt.Sprintf("<coroutine_wrapper object at 0x%x>", py.Addr(w))
}

// PyType names the type in error messages.
func (w *coroWrapper) PyType() string { return "coroutine_wrapper" }

// userAwaitable is what `await x` awaits for an x that is none of rt's
// awaitables: what the iterator x.__await__() returns stands for
// (rt/await_generator.go).
func userAwaitable(aw any) any {
	if _, isObj := aw.(*py.Instance); isObj {
		if m, ok := py.LookupAttr(aw, "__await__"); ok {
			return userAwaitIter(py.Call(m, nil, nil))
		}
	}
	panic(py.New(py.TypeError, fmt.Sprintf("object %s can't be used in 'await' expression", pyTypeName(aw))))
}
