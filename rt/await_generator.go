package rt

import (
	"fmt"

	"github.com/pyasync2go/pyasync2go/rt/py"
)

// An __await__ method written as a generator (DESIGN.md, "User classes"):
//
//	def __await__(self):
//	    return (yield from self.fut.__await__())
//
// `await obj` drives the generator obj.__await__() returns the way a Task
// drives a coroutine: a bare yield gives the loop one turn, any other
// yielded value is CPython's "bad yield" RuntimeError thrown back in. A
// yield from an rt awaitable's __await__() (coroutine_wrapper, FutureIter)
// awaits it on the running task from inside the generator's step, so the
// generator's frame sits between the awaiting coroutine's and the awaited
// one's in a traceback, as in CPython.

var genAwaitInfo = &CoroInfo{Name: "__await__", QualName: "__await__", File: asyncioFile("coroutines.py"), Line: 1}

// awaitGenerator is the step coroutine `await` runs for a generator an
// __await__ method returned.
func awaitGenerator(g *py.Generator) *Coro {
	// ownYield: the generator's own last yield suspended the task, so the
	// resumption throws in what the task was woken with (cancellation,
	// the bad-yield error). After a delegated suspension the awaitable
	// driven inside the generator takes it itself.
	ownYield := false
	return NewStepCoro(genAwaitInfo, func(co *Coro) any {
		t := co.task
		var thrown *py.Exception
		if ownYield {
			ownYield = false
			thrown = t.takeThrowIn()
		}
		v, done := g.Resume(nil, thrown)
		if done {
			return v
		}
		if v == py.AwaitSuspended {
			return Suspended
		}
		ownYield = true
		if v == nil {
			t.yieldKind = yieldBare
			return Suspended
		}
		t.yieldErr = py.New(py.RuntimeError, badYieldMessage(t, v))
		t.yieldKind = yieldError
		return Suspended
	})
}

// badYieldMessage is Task.__step's error for a value a coroutine yielded
// to the task that is neither None nor a future awaited with yield from.
func badYieldMessage(t *Task, v any) string {
	switch v.(type) {
	case futureLike:
		return fmt.Sprintf("yield was used instead of yield from in task %s with %s", t.PyRepr(), py.Repr(v))
	case *py.Generator:
		return fmt.Sprintf("yield was used instead of yield from for generator in task %s with %s", t.PyRepr(), py.Repr(v))
	}
	return "Task got bad yield: " + py.Repr(v)
}

// awaitDriver awaits a coroutine or future for a generator's yield from
// of its __await__(): a Coro used only for its await state machine,
// attached to the task running when the generator first reaches it.
type awaitDriver struct {
	holder  Coro
	started bool
}

func (d *awaitDriver) resume(aw any) (any, bool) {
	h := &d.holder
	if !d.started {
		l := GetRunningLoop()
		t := currentTaskOf(l)
		if t == nil {
			panic(py.New(py.NotImplementedError, "not implemented: driving an awaitable's __await__() outside a task"))
		}
		d.started = true
		h.task = t
		h.StartAwait(aw)
	}
	if h.Suspend() {
		return py.AwaitSuspended, false
	}
	return h.AwaitResult(), true
}

// ResumeAwait drives the wrapped coroutine (py.AwaitDelegate).
func (w *coroWrapper) ResumeAwait() (any, bool) { return w.drive.resume(w.co) }

// PyNext: iterating a coroutine_wrapper by hand sees CPython's futures and
// Nones, which rt does not have.
func (w *coroWrapper) PyNext() (any, bool) {
	panic(py.New(py.NotImplementedError, "not implemented: iterating a coroutine's __await__() by hand"))
}

// futureIter is what Future.__await__() (and __iter__) returns: CPython's
// _asyncio.FutureIter.
type futureIter struct {
	f     *Future
	drive awaitDriver
}

// ResumeAwait awaits the future (py.AwaitDelegate).
func (it *futureIter) ResumeAwait() (any, bool) { return it.drive.resume(it.f) }

// PyNext: as coroWrapper's.
func (it *futureIter) PyNext() (any, bool) {
	panic(py.New(py.NotImplementedError, "not implemented: iterating a future's __await__() by hand"))
}

func (it *futureIter) PyRepr() string {
	return fmt.Sprintf("<_asyncio.FutureIter object at 0x%x>", py.Addr(it))
}

func (it *futureIter) PyType() string { return "FutureIter" }

// PyTypeModule: the C accelerator's type.
func (it *futureIter) PyTypeModule() string { return "_asyncio" }

// userAwaitIter is the awaitable `await obj` awaits for the iterator obj's
// __await__() returned.
func userAwaitIter(it any) any {
	switch x := it.(type) {
	case *coroWrapper:
		return x.co
	case *futureIter:
		return x.f
	case *py.Generator:
		return awaitGenerator(x)
	case *Coro:
		panic(py.New(py.TypeError, "__await__() returned a coroutine"))
	case *py.Iterator, interface{ PyNext() (any, bool) }:
		panic(py.New(py.NotImplementedError, "not implemented: an __await__ returning an iterator other than a generator or another awaitable's __await__()"))
	}
	if _, ok := py.LookupAttr(it, "__next__"); ok {
		panic(py.New(py.NotImplementedError, "not implemented: an __await__ returning an iterator other than a generator or another awaitable's __await__()"))
	}
	panic(py.New(py.TypeError, fmt.Sprintf("__await__() returned non-iterator of type '%s'", tpName(it))))
}

// tpName is CPython's tp_name of v's type: the C accelerator's futures
// carry their module.
func tpName(v any) string {
	if m, ok := v.(py.TypeModuler); ok && m.PyTypeModule() == "_asyncio" {
		return "_asyncio." + py.TypeName(v)
	}
	return py.TypeName(v)
}

// wrapAwaitableInfo is tasks._wrap_awaitable, the generator
// ensure_future wraps an awaitable that is neither a coroutine nor a
// future in (`return (yield from awaitable.__await__())`).
var wrapAwaitableInfo = &CoroInfo{Name: "_wrap_awaitable", QualName: "_wrap_awaitable", File: asyncioFile("tasks.py"), Line: 687}

var wrapAwaitableFrame = py.Frame{
	File:   asyncioFile("tasks.py"),
	Line:   694,
	Func:   "_wrap_awaitable",
	Source: "return (yield from awaitable.__await__())\n            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
}

// isUserAwaitable is inspect.isawaitable for the values rt does not model
// itself: instances of classes defining __await__.
func isUserAwaitable(aw any) bool {
	if _, ok := aw.(*py.Instance); !ok {
		return false
	}
	_, ok := py.LookupAttr(aw, "__await__")
	return ok
}

// wrapAwaitable is tasks._wrap_awaitable(aw): __await__ is called when
// the task first runs it, and its frame is the outermost of what escapes.
func wrapAwaitable(aw any) *Coro {
	return NewStepCoro(wrapAwaitableInfo, func(co *Coro) (r any) {
		defer func() {
			if x := recover(); x != nil {
				if e, ok := x.(*py.Exception); ok {
					py.AddTraceback(e)
					e.Traceback = append([]py.Frame{wrapAwaitableFrame}, e.Traceback...)
				}
				panic(x)
			}
		}()
		if co.PC == 0 {
			co.PC = 1
			co.At(wrapAwaitableFrame.Line)
			co.StartAwait(userAwaitable(aw))
		}
		if co.Suspend() {
			return Suspended
		}
		return co.AwaitResult()
	})
}
