package rt

import (
	"fmt"

	"github.com/pyasync2go/pyasync2go/rt/py"
)

// The stackless coroutine form (DESIGN.md, "Stackless coroutines").
//
// Every coroutine is a state machine split at its awaits (by codegen for
// an async def, by hand for rt's own library coroutines): each step runs
// on the stack of whoever drives it (the loop, or an awaiting coroutine)
// and returns Suspended at a suspension point, keeping its locals in its
// closure and its resume point in PC. The await in progress lives in the
// Coro (awaitState), so no coroutine needs a stack of its own: 100k
// pending tasks are 100k small heap objects, not 100k goroutine stacks.

type suspended struct{}

// Suspended is what a step function returns when it suspends.
var Suspended any = &suspended{}

// NewStepCoro is calling an async def compiled to a step function.
func NewStepCoro(info *CoroInfo, step func(co *Coro) any) *Coro {
	return &Coro{info: info, step: step, line: int32(info.Line)}
}

type awaitKind uint8

const (
	awNone awaitKind = iota
	// awReady: finished; value holds the result.
	awReady
	awFuture
	awSleep0
	awSleep
	// awStep: a step coroutine driven inline.
	awStep
	awQueueGet
	awQueuePut
	awLockAcquire
	// awLockEnter: Lock.__aenter__, which is acquire() returning None.
	awLockEnter
	// awYield: an async generator's yield (asyncgen.go): value is what
	// goes out, then what asend passed in; obj what athrow threw in.
	awYield
)

// awaitState is the await a step coroutine is in the middle of.
type awaitState struct {
	kind awaitKind
	// waiting: the task has already been told what to wait for, so the
	// next Suspend call is a resumption.
	waiting bool
	fut     *Future
	sub     *Coro
	// obj is the kind's own state: *TimerHandle (awSleep), *Queue, *Lock,
	// the exception athrow threw in (awYield). One field keeps every
	// coroutine object at 128 bytes.
	obj any
	// value: the result once awReady; the item for awQueuePut; the result
	// argument of a sleep.
	value any
}

// StartAwait begins `await aw`.
func (co *Coro) StartAwait(aw any) {
	a := &co.aw
	switch x := aw.(type) {
	case *Coro:
		co.startSub(x)
	case *Task:
		a.kind, a.fut = awFuture, &x.Future
	case *Future:
		a.kind, a.fut = awFuture, x
	case futureLike:
		a.kind, a.fut = awFuture, x.futureOf()
	default:
		co.StartAwait(userAwaitable(aw))
	}
}

func (co *Coro) startSub(sub *Coro) {
	sub.checkAwaitable()
	sub.task = co.task
	sub.state = coroRunning
	co.aw.kind, co.aw.sub = awStep, sub
}

// StartSleep begins `await asyncio.sleep(delay, result)`.
func (co *Coro) StartSleep(delay, result any) {
	a := &co.aw
	a.value = result
	d := sleepSeconds(delay)
	if d <= 0 {
		a.kind = awSleep0
		return
	}
	l := co.task.loop
	l.checkClosed()
	// The future and its timer share one allocation; with no result the
	// timer needs no closure either.
	w := &sleepWait{}
	w.fut.loop = l
	w.timer.when = l.Time() + d
	w.timer.Handle = Handle{loop: l, timer: &w.timer, goDesc: "futures._set_result_unless_cancelled()"}
	if result == nil {
		w.timer.cb, w.timer.cbFut = &sleepDoneNone, &w.fut
	} else {
		w.timer.goFn = func() { w.fut.setResultUnlessCancelled(result) }
	}
	l.pushTimer(&w.timer)
	a.kind, a.fut, a.obj = awSleep, &w.fut, &w.timer
}

type sleepWait struct {
	fut   Future
	timer TimerHandle
}

var sleepDoneNone = futCallback{goFn: func(f *Future) { f.setResultUnlessCancelled(nil) }}

// StartQueueGet begins `await q.get()` without a coroutine object.
func (co *Coro) StartQueueGet(q *Queue) { co.aw.kind, co.aw.obj = awQueueGet, q }

// StartQueuePut begins `await q.put(item)` without a coroutine object.
func (co *Coro) StartQueuePut(q *Queue, item any) {
	co.aw.kind, co.aw.obj, co.aw.value = awQueuePut, q, item
}

// StartAEnter begins `await mgr.__aenter__()` of an `async with`.
func (co *Coro) StartAEnter(mgr any) {
	switch m := mgr.(type) {
	case *Lock:
		co.aw.kind, co.aw.obj = awLockEnter, m
	case AsyncContextManager:
		co.startSub(m.AEnter())
	default:
		co.StartAwait(userAEnter(mgr))
	}
}

// StartAExit begins `await mgr.__aexit__(...)` of an `async with`; exc is
// nil when the body completed. The result is true to swallow exc.
func (co *Coro) StartAExit(mgr any, exc *py.Exception) {
	switch m := mgr.(type) {
	case *Lock:
		m.Release()
		co.aw.kind, co.aw.value = awReady, false
	default:
		co.startSub(aexitOf(mgr, exc))
	}
}

var (
	aenterInfo = &CoroInfo{Name: "__aenter__", QualName: "__aenter__", File: asyncioFile("locks.py"), Line: 1}
	aexitInfo  = &CoroInfo{Name: "__aexit__", QualName: "__aexit__", File: asyncioFile("locks.py"), Line: 1}
)

// AwaitResult is the value of the await Suspend has just finished.
func (co *Coro) AwaitResult() any {
	// Every path to awReady has dropped fut and sub already.
	a := &co.aw
	v := a.value
	a.kind, a.waiting, a.value, a.obj = awNone, false, nil, nil
	return v
}

// Suspend drives the await in progress: false once it has finished, true
// when the step must record its resume point and return Suspended. An
// exception thrown into the task while it waited is raised from here.
func (co *Coro) Suspend() bool {
	t := co.task
	a := &co.aw
	switch a.kind {
	case awReady:
		return false
	case awStep:
		var r any
		if py.HandlingAny() {
			r = a.sub.callStepOwnState(t)
		} else {
			r = a.sub.callStep()
		}
		if r == Suspended {
			return true
		}
		a.kind, a.value, a.sub = awReady, r, nil
		return false
	case awSleep0:
		if !a.waiting {
			a.waiting = true
			t.yieldKind = yieldBare
			return true
		}
		if exc := t.takeThrowIn(); exc != nil {
			co.aw = awaitState{}
			raiseThrownIn(exc, sleep0Frames)
		}
		a.kind = awReady
		return false
	case awSleep:
		if !a.waiting {
			a.waiting = true
			t.yieldFut, t.yieldKind = a.fut, yieldFuture
			return true
		}
		a.obj.(*TimerHandle).Cancel()
		if exc := t.takeThrowIn(); exc != nil {
			co.aw = awaitState{}
			raiseThrownIn(exc, sleepFrames)
		}
		a.kind, a.value = awReady, a.fut.Result()
		a.fut, a.obj = nil, nil
		return false
	case awFuture:
		return co.suspendOnFuture(t)
	case awQueueGet:
		return co.suspendQueueGet(t)
	case awQueuePut:
		return co.suspendQueuePut(t)
	case awLockAcquire, awLockEnter:
		return co.suspendLockAcquire(t)
	case awYield:
		if !a.waiting {
			a.waiting = true
			return true
		}
		if exc, ok := a.obj.(*py.Exception); ok {
			co.aw = awaitState{}
			// athrow chains the exception to what the generator itself
			// handles at the yield.
			py.ThrowIn(exc)
		}
		a.kind, a.obj = awReady, nil
		return false
	}
	panic("rt: Suspend without an await in progress")
}

func (co *Coro) suspendOnFuture(t *Task) bool {
	a := &co.aw
	f := a.fut
	if a.waiting {
		if exc := t.takeThrowIn(); exc != nil {
			co.aw = awaitState{}
			py.ThrowIn(exc)
		}
		if f.state == futPending {
			co.aw = awaitState{}
			panic(py.New(py.RuntimeError, "await wasn't used with future"))
		}
	} else if f.state == futPending {
		a.waiting = true
		t.yieldFuture(f)
		return true
	}
	a.kind, a.value, a.fut = awReady, f.Result(), nil
	return false
}

// yieldFuture tells the task's step what the coroutine now waits for
// (Future.__await__'s checks included).
func (t *Task) yieldFuture(f *Future) {
	switch {
	case f == &t.Future:
		t.yieldErr = py.New(py.RuntimeError, "Task cannot await on itself: "+t.PyRepr())
		t.yieldKind = yieldError
	case f.loop != t.loop:
		t.yieldErr = py.New(py.RuntimeError, fmt.Sprintf("Task %s got Future %s attached to a different loop", t.PyRepr(), f.PyRepr()))
		t.yieldKind = yieldError
	default:
		t.yieldFut = f
		t.yieldKind = yieldFuture
	}
}

// suspendQueueGet is Queue.get's loop (queues.py:158) as a state machine.
func (co *Coro) suspendQueueGet(t *Task) bool {
	a := &co.aw
	q := a.obj.(*Queue)
	if a.waiting {
		getter := a.fut
		a.waiting, a.fut = false, nil
		if exc := t.takeThrowIn(); exc != nil {
			co.aw = awaitState{}
			getter.Cancel(nil)
			q.getters.remove(getter)
			if !q.Empty() && !getter.Cancelled() {
				wakeupNext(&q.getters)
			}
			raiseThrownIn(exc, []py.Frame{queueGetFrame})
		}
	}
	if v, ok := q.tryGet(); ok {
		a.kind, a.value = awReady, v
		return false
	}
	getter := q.bound.get(q).CreateFuture()
	q.getters.pushBack(getter)
	a.fut, a.waiting = getter, true
	t.yieldFuture(getter)
	return true
}

// suspendQueuePut is Queue.put's loop (queues.py:120) as a state machine.
func (co *Coro) suspendQueuePut(t *Task) bool {
	a := &co.aw
	q := a.obj.(*Queue)
	if a.waiting {
		putter := a.fut
		a.waiting, a.fut = false, nil
		if exc := t.takeThrowIn(); exc != nil {
			co.aw = awaitState{}
			putter.Cancel(nil)
			q.putters.remove(putter)
			if !q.Full() && !putter.Cancelled() {
				wakeupNext(&q.putters)
			}
			raiseThrownIn(exc, []py.Frame{queuePutFrame})
		}
	}
	if q.tryPut(a.value) {
		a.kind, a.value = awReady, nil
		return false
	}
	putter := q.bound.get(q).CreateFuture()
	q.putters.pushBack(putter)
	a.fut, a.waiting = putter, true
	t.yieldFuture(putter)
	return true
}

// suspendLockAcquire is Lock.acquire (locks.py:93) as a state machine.
func (co *Coro) suspendLockAcquire(t *Task) bool {
	a := &co.aw
	l := a.obj.(*Lock)
	if a.waiting {
		fut := a.fut
		exc := t.takeThrowIn()
		l.waiters.remove(fut)
		if exc != nil {
			enter := a.kind == awLockEnter
			co.aw = awaitState{}
			if exc.Is(py.CancelledError) && !l.locked {
				l.wakeUpFirst()
			}
			if enter {
				raiseThrownIn(exc, []py.Frame{lockAEnterFrame, lockAcquireFrame})
			}
			raiseThrownIn(exc, []py.Frame{lockAcquireFrame})
		}
	} else if !l.canAcquireNow() {
		fut := l.bound.get(l).CreateFuture()
		l.waiters.pushBack(fut)
		a.fut, a.waiting = fut, true
		t.yieldFuture(fut)
		return true
	}
	l.locked = true
	if a.kind == awLockAcquire {
		a.value = true // acquire() returns True; __aenter__ returns None
	} else {
		a.value = nil
	}
	a.kind, a.obj, a.fut = awReady, nil, nil
	return false
}

// callStep runs one step of a step coroutine on the caller's stack. An
// exception escaping the step finishes the coroutine; the step's own
// try/except/finally and with regions catch what they cover themselves
// (codegen's region loop, DESIGN.md "Handler regions"), so rt does not
// recover it: the panic goes on with its stack intact for whoever records
// a traceback.
func (co *Coro) callStep() any {
	finished := false
	// The coroutine's frame is on the stack while the step runs. CPython
	// resumes a frame that gets an exception thrown in (the task was
	// woken by a failed future, or cancelled) through a second, C-level
	// recursion check that holds until the frame suspends or ends.
	py.EnterCoro()
	var extra int32
	if co.PC != 0 && co.task != nil && co.task.throwMode {
		extra = 1
		py.AddDepth(extra)
	}
	defer func() {
		py.AddDepth(-1 - extra)
		if !finished {
			co.state = coroDone // it raised
		}
	}()
	r := co.step(co)
	finished = true
	if r != Suspended {
		co.state = coroDone
	}
	return r
}

// callStepOwnState is callStep for a coroutine awaited while its awaiter
// (or one further out) handles an exception: what the awaited coroutine
// handles is its own (an exception thrown in at its suspension chains only
// to that), and what escapes it while the task is being thrown into
// re-chains to what the awaiter handles (CPython's per-frame exc_info).
func (co *Coro) callStepOwnState(t *Task) any {
	depth := py.EnterCoroutine()
	defer func() {
		r := recover()
		exc, _ := r.(*py.Exception)
		py.LeaveCoroutine(depth, exc, t != nil && t.throwing)
		if r != nil {
			panic(r)
		}
	}()
	return co.callStep()
}

// takeThrowIn returns (and clears) the exception the resumption raises.
func (t *Task) takeThrowIn() *py.Exception {
	exc := t.throwIn
	t.throwIn = nil
	return exc
}

// raiseThrownIn raises an exception thrown in at a suspension point inside
// CPython's own code, whose frames (inner) the traceback shows.
func raiseThrownIn(exc *py.Exception, inner []py.Frame) {
	exc = coreTry(func() { py.ThrowIn(exc) })
	exc.Traceback = append(exc.Traceback, inner...)
	panic(exc)
}
