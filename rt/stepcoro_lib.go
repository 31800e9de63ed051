package rt

import "github.com/pyasync2go/pyasync2go/rt/py"

// rt's own library coroutines (Event.wait, wait_for, Barrier.wait, the
// context managers' __aenter__/__aexit__, ...) are step coroutines written
// by hand: each numbers its resume points in co.PC and drives its awaits
// with the helpers below, the way generated code does with StartAwait and
// Suspend. Locals that live across a suspension are captured variables of
// the function that builds the coroutine.

// awaitAt begins `await aw` with pc as the resume point the step comes
// back to while it waits.
func (co *Coro) awaitAt(pc int32, aw any) {
	co.StartAwait(aw)
	co.PC = pc
}

// lockAt begins `await lock.acquire()` at resume point pc without a
// coroutine object (its result is True).
func (co *Coro) lockAt(pc int32, l *Lock) {
	co.aw.kind, co.aw.obj = awLockAcquire, l
	co.PC = pc
}

// resume drives the await in progress: suspended means the step must
// return Suspended now (it is called again at co.PC); otherwise v is the
// await's result. An exception the await raises propagates.
func (co *Coro) resume() (v any, suspended bool) {
	if co.Suspend() {
		return nil, true
	}
	return co.AwaitResult(), false
}

// resumeTry is resume inside `try: ... except:`: the Python exception the
// await raises is returned instead, caught as coreTry catches.
func (co *Coro) resumeTry() (v any, exc *py.Exception, suspended bool) {
	exc = coreTry(func() { v, suspended = co.resume() })
	if exc != nil {
		co.aw = awaitState{}
	}
	return v, exc, suspended
}

// resumeFinally is resume inside `try: ... finally: cleanup()`: cleanup
// runs once the await has finished, whether it returned or raised.
func (co *Coro) resumeFinally(cleanup func()) (v any, suspended bool) {
	defer func() {
		if !suspended {
			cleanup()
		}
	}()
	return co.resume()
}

// syncCoro is an `async def` of rt's that never awaits: fn runs at the
// first step.
func syncCoro(info *CoroInfo, fn func() any) *Coro {
	return NewStepCoro(info, func(*Coro) any { return fn() })
}

// withLock is `async with lock: body` for a library coroutine whose whole
// body runs under the lock: resume point 1 acquires it, body runs the
// resume points from 2 on, and the lock is released however body ends
// (an exception it raises propagates after the release, as __aexit__
// returns None).
func withLock(info *CoroInfo, lock *Lock, body func(co *Coro) (r any, suspended bool)) *Coro {
	return NewStepCoro(info, func(co *Coro) any {
		switch co.PC {
		case 0:
			co.aw.kind, co.aw.obj = awLockEnter, lock
			co.PC = 1
			fallthrough
		case 1:
			if _, s := co.resume(); s {
				return Suspended
			}
			co.PC = 2
		}
		var r any
		var s bool
		exc := coreTry(func() { r, s = body(co) })
		if s {
			return Suspended
		}
		lock.Release()
		if exc != nil {
			panic(exc)
		}
		return r
	})
}

// withAwaitFrame puts the frame of a library coroutine of rt's into the
// traceback of the exception one of its awaits raised: after the frames of
// the awaiting code, which are on the stack, before the awaited's own.
func withAwaitFrame(exc *py.Exception, frame py.Frame) *py.Exception {
	outer, tb := py.CurrentFrames(), exc.Traceback
	if len(outer) > len(tb) || !sameFuncs(tb[:len(outer)], outer) {
		return exc // raised outside the awaiting frames' view: leave it be
	}
	exc.Traceback = append(append(append([]py.Frame(nil), tb[:len(outer)]...), frame), tb[len(outer):]...)
	return exc
}

// sameFuncs compares frames by function: the lines of the awaiting
// frames move on while the exception is handled.
func sameFuncs(a, b []py.Frame) bool {
	for i := range a {
		if a[i].File != b[i].File || a[i].Func != b[i].Func {
			return false
		}
	}
	return true
}

// libAwaitFrame is the frame of co, a library coroutine of rt's suspended
// at an await whose text is src, as CPython's traceback shows it.
func (co *Coro) libAwaitFrame(src string) py.Frame {
	return py.Frame{File: co.info.File, Line: int(co.line), Func: co.info.Name, Source: src}
}

// resumeShown is resume of a library coroutine's await that CPython's
// traceback shows: an exception it raises passes through co's frame.
func (co *Coro) resumeShown(src string) (v any, suspended bool) {
	v, exc, s := co.resumeTry()
	if exc != nil {
		panic(withAwaitFrame(exc, co.libAwaitFrame(src)))
	}
	return v, s
}

// Frames of asyncio's locks.py and queues.py for the awaits stepcoro.go
// runs without a coroutine of their own: where an exception thrown into
// the waiting task comes out.
var (
	lockAEnterFrame  = py.Frame{File: asyncioFile("locks.py"), Line: 15, Func: "__aenter__", Source: "await self.acquire()"}
	lockAcquireFrame = py.Frame{File: asyncioFile("locks.py"), Line: 114, Func: "acquire", Source: "await fut"}
	queueGetFrame    = py.Frame{File: asyncioFile("queues.py"), Line: 158, Func: "get", Source: "await getter"}
	queuePutFrame    = py.Frame{File: asyncioFile("queues.py"), Line: 120, Func: "put", Source: "await putter"}
)
