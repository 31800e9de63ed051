package rt

import (
	"fmt"

	"github.com/pyasync2go/pyasync2go/rt/py"
)

var (
	waitForInfo    = &CoroInfo{Name: "wait_for", QualName: "wait_for", File: asyncioFile("tasks.py"), Line: 436, Def: "async def wait_for(fut, timeout):"}
	waitInfo       = &CoroInfo{Name: "wait", QualName: "wait", File: asyncioFile("tasks.py"), Line: 399, Def: "async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):"}
	waitForOneInfo = &CoroInfo{Name: "_wait_for_one", QualName: "as_completed.<locals>._wait_for_one", File: asyncioFile("tasks.py"), Line: 610}
)

const (
	// The waiter's repr inside the partial is reprlib-truncated; by the
	// time anyone can print it the waiting task has subscribed to it.
	releaseWaiterDesc      = "_release_waiter(<Future pendi...ask_wakeup()]>)() at " + cpythonLib + "/asyncio/tasks.py:431"
	waitOnCompletionDesc   = "_wait.<locals>._on_completion() at " + cpythonLib + "/asyncio/tasks.py:519"
	asCompletedOnCompDesc  = "as_completed.<locals>._on_completion() at " + cpythonLib + "/asyncio/tasks.py:602"
	asCompletedTimeoutDesc = "as_completed.<locals>._on_timeout() at " + cpythonLib + "/asyncio/tasks.py:596"
)

func releaseWaiter(waiter *Future) {
	if !waiter.Done() {
		waiter.setResultPlain(nil)
	}
}

// WaitFor is asyncio.wait_for(aw, timeout) (semantics W1): on expiry the
// inner task is cancelled and waited for before TimeoutError is raised.
func WaitFor(aw, timeout any) *Coro {
	var fut, waiter *Future
	var handle *TimerHandle
	var cb *futCallback
	var exc *py.Exception
	return NewStepCoro(waitForInfo, func(co *Coro) (r any) {
		// `finally: timeout_handle.cancel()` once the timer exists.
		defer func() {
			if handle != nil && r != Suspended {
				handle.Cancel()
			}
		}()
		switch co.PC {
		case 0:
			loop := GetRunningLoop()
			if timeout == nil {
				co.At(452)
				co.awaitAt(1, aw)
				break
			}
			secs := toSeconds(timeout, "wait_for")
			if secs <= 0 {
				fut = ensureFutureOn(loop, aw)
				if fut.Done() {
					return waitForResult(fut, 458)
				}
				co.At(460)
				co.awaitAt(2, cancelAndWait(fut))
				break
			}
			waiter = loop.CreateFuture()
			handle = loop.callLaterGo(secs, func() { releaseWaiter(waiter) }, releaseWaiterDesc)
			fut = ensureFutureOn(loop, aw)
			cb = fut.addDoneCallbackFunc(func(*Future) { releaseWaiter(waiter) }, releaseWaiterDesc)
			co.At(476)
			co.awaitAt(3, waiter)
		}
		switch co.PC {
		case 1:
			v, e, s := co.resumeTry()
			if s {
				return Suspended
			}
			if e != nil {
				panic(withAwaitFrame(e, waitForAwaitFrame))
			}
			return v
		case 2:
			if _, s := co.resume(); s {
				return Suspended
			}
			return resultOrTimeout(fut, 464)
		case 3:
			_, e, s := co.resumeTry()
			if s {
				return Suspended
			}
			if e != nil {
				if !e.Is(py.CancelledError) {
					panic(e)
				}
				if fut.Done() {
					return waitForResult(fut, 479)
				}
				fut.removeCallback(cb)
				co.At(485)
				exc = withAwaitFrame(e, waitForWaiterFrame)
				co.awaitAt(4, cancelAndWait(fut))
				if _, s := co.resume(); s {
					return Suspended
				}
				panic(exc)
			}
			if fut.Done() {
				return waitForResult(fut, 489)
			}
			fut.removeCallback(cb)
			co.At(495)
			co.awaitAt(5, cancelAndWait(fut))
			if _, s := co.resume(); s {
				return Suspended
			}
			return resultOrTimeout(fut, 502)
		case 4:
			if _, s := co.resume(); s {
				return Suspended
			}
			panic(exc)
		}
		// case 5
		if _, s := co.resume(); s {
			return Suspended
		}
		return resultOrTimeout(fut, 502)
	})
}

// resultOrTimeout turns the inner's CancelledError into TimeoutError chained
// from it; a result or another exception (the inner swallowed the cancel)
// passes through. raiseLine is where tasks.py raises the TimeoutError.
func resultOrTimeout(fut *Future, raiseLine int) any {
	var res any
	inner := innerFrames(fut)
	if exc := coreTry(func() { res = fut.Result() }); exc != nil {
		if exc.Is(py.CancelledError) {
			// CPython raises the TimeoutError from the CancelledError that
			// fut.result() raised, which has gone through wait_for's frame.
			withWaitForFrame(exc, inner, raiseLine-2)
			raiseFromAt(py.New(py.TimeoutError), exc, exc, py.Frame{File: asyncioFile("tasks.py"), Line: raiseLine,
				Func: "wait_for", Source: "raise exceptions.TimeoutError() from exc"})
		}
		panic(withWaitForFrame(exc, inner, raiseLine-2))
	}
	return res
}

// waitForResult is wait_for's `return fut.result()` at line: the inner's
// exception passes through wait_for's frame, which its traceback shows
// between the awaiting frames and the inner's own.
func waitForResult(fut *Future, line int) any {
	var res any
	inner := innerFrames(fut)
	if exc := coreTry(func() { res = fut.Result() }); exc != nil {
		panic(withWaitForFrame(exc, inner, line))
	}
	return res
}

// wait_for's awaits an exception can come out of, as its traceback shows
// them: the awaited itself (the timeout is None), or the timeout's waiter
// (the wait was cancelled; the bare `raise` keeps this frame's line).
var (
	waitForAwaitFrame  = py.Frame{File: asyncioFile("tasks.py"), Line: 452, Func: "wait_for", Source: "return await fut\n           ^^^^^^^^^"}
	waitForWaiterFrame = py.Frame{File: asyncioFile("tasks.py"), Line: 476, Func: "wait_for", Source: "await waiter"}
)

// innerFrames is a copy of the traceback fut's exception (or the
// CancelledError that cancelled it) had before Result re-raised it (nil
// without one).
func innerFrames(fut *Future) []py.Frame {
	exc := fut.exc
	if fut.state == futCancelled {
		exc = fut.cancelledExc // nil when Result makes a fresh one
	}
	if exc == nil {
		return nil
	}
	return append([]py.Frame(nil), exc.Traceback...)
}

// withWaitForFrame puts wait_for's frame where the re-raise's frames end
// and the inner's begin: before the longest tail of the inner's frames
// that the traceback still ends with.
func withWaitForFrame(exc *py.Exception, inner []py.Frame, line int) *py.Exception {
	frame := py.Frame{File: asyncioFile("tasks.py"), Line: line, Func: "wait_for", Source: "return fut.result()\n           ^^^^^^^^^^^^"}
	tb := exc.Traceback
	at := len(tb)
	for j := 0; j <= len(inner); j++ {
		tail := inner[j:]
		if len(tail) <= len(tb) && sameFrames(tb[len(tb)-len(tail):], tail) {
			at = len(tb) - len(tail)
			break
		}
	}
	exc.Traceback = append(append(append([]py.Frame(nil), tb[:at]...), frame), tb[at:]...)
	return exc
}

func sameFrames(a, b []py.Frame) bool {
	for i := range a {
		if a[i].File != b[i].File || a[i].Line != b[i].Line || a[i].Func != b[i].Func {
			return false
		}
	}
	return true
}

var cancelAndWaitInfo = &CoroInfo{Name: "_cancel_and_wait", QualName: "_cancel_and_wait", File: asyncioFile("tasks.py"), Line: 551}

// cancelAndWait is tasks._cancel_and_wait: it waits on a separate waiter so
// that the waiting itself stays cancellable.
func cancelAndWait(fut *Future) *Coro {
	var cb *futCallback
	return NewStepCoro(cancelAndWaitInfo, func(co *Coro) any {
		if co.PC == 0 {
			waiter := fut.loop.CreateFuture()
			cb = fut.addDoneCallbackFunc(func(*Future) { releaseWaiter(waiter) }, releaseWaiterDesc)
			fut.Cancel(nil)
			co.awaitAt(1, waiter)
		}
		if _, s := co.resumeFinally(func() { fut.removeCallback(cb) }); s {
			return Suspended
		}
		return nil
	})
}

// raiseInWait raises exc from asyncio.wait's own frame (tasks.py, line),
// which CPython's traceback shows below the frame that awaited wait().
func raiseInWait(exc *py.Exception, line int, src string) {
	e := coreTry(func() { py.Throw(exc) })
	e.Traceback = append(e.Traceback, py.Frame{File: asyncioFile("tasks.py"), Line: line, Func: "wait", Source: src})
	panic(e)
}

// Return-when values of asyncio.wait; "" means ALL_COMPLETED.
const (
	FirstCompleted = "FIRST_COMPLETED"
	FirstException = "FIRST_EXCEPTION"
	AllCompleted   = "ALL_COMPLETED"
)

// Wait is asyncio.wait(fs, timeout=, return_when=) (semantics W2). The
// result is py.Tuple{done, pending} of *py.Set, filled in argument order
// where CPython's order is address-based (documented divergence).
func Wait(fs, timeout any, returnWhen string) *Coro {
	var fset []*Future
	var cbs []*futCallback
	var timeoutHandle *TimerHandle
	return NewStepCoro(waitInfo, func(co *Coro) any {
		if co.PC == 0 {
			switch fs.(type) {
			case futureLike, *Coro:
				raiseInWait(py.New(py.TypeError, "expect a list of futures, not "+pyTypeName(fs)), 416,
					`raise TypeError(f"expect a list of futures, not {type(fs).__name__}")`)
			}
			futs := uniqueAwaitables(fs, "expect a list of futures, not %s")
			if len(futs) == 0 {
				raiseInWait(py.New(py.ValueError, "Set of Tasks/Futures is empty."), 418, "raise ValueError('Set of Tasks/Futures is empty.')")
			}
			if returnWhen == "" {
				returnWhen = AllCompleted
			}
			if returnWhen != FirstCompleted && returnWhen != FirstException && returnWhen != AllCompleted {
				raiseInWait(py.New(py.ValueError, "Invalid return_when value: "+returnWhen), 420,
					"raise ValueError(f'Invalid return_when value: {return_when}')")
			}
			fset = make([]*Future, len(futs))
			for i, f := range futs {
				if _, isCoro := f.(*Coro); isCoro {
					abandonCoros(futs)
					raiseInWait(py.New(py.TypeError, "Passing coroutines is forbidden, use tasks explicitly."), 425,
						`raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")`)
				}
				ff, ok := f.(futureLike)
				if !ok {
					panic(py.New(py.AttributeError, fmt.Sprintf("'%s' object has no attribute 'add_done_callback'", pyTypeName(f))))
				}
				fset[i] = ff.futureOf()
			}
			co.At(428)
			loop := GetRunningLoop()
			waiter := loop.CreateFuture()
			if timeout != nil {
				timeoutHandle = loop.callLaterGo(toSeconds(timeout, "wait"), func() { releaseWaiter(waiter) }, releaseWaiterDesc)
			}
			counter := len(fset)
			onCompletion := func(f *Future) {
				counter--
				if counter <= 0 || returnWhen == FirstCompleted ||
					returnWhen == FirstException && !f.Cancelled() && f.exceptionNoCheck() != nil {
					if timeoutHandle != nil {
						timeoutHandle.Cancel()
					}
					releaseWaiter(waiter)
				}
			}
			cbs = make([]*futCallback, len(fset))
			for i, f := range fset {
				cbs[i] = f.addDoneCallbackFunc(onCompletion, waitOnCompletionDesc)
			}
			co.awaitAt(1, waiter)
		}
		_, s := co.resumeFinally(func() {
			if timeoutHandle != nil {
				timeoutHandle.Cancel()
			}
			for i, f := range fset {
				f.removeCallback(cbs[i])
			}
		})
		if s {
			return Suspended
		}
		var done, pending []any
		for _, f := range fset {
			if f.Done() {
				done = append(done, f.self())
			} else {
				pending = append(pending, f.self())
			}
		}
		return py.Tuple{py.NewSet(done...), py.NewSet(pending...)}
	})
}

// uniqueAwaitables is set(fs) for an iterable of awaitables: duplicates
// (by identity) dropped, first occurrence order kept. A lone future or
// coroutine is refused with errFormat (naming its type).
func uniqueAwaitables(fs any, errFormat string) []any {
	switch fs.(type) {
	case futureLike, *Coro:
		panic(py.New(py.TypeError, fmt.Sprintf(errFormat, pyTypeName(fs))))
	}
	var out []any
	seen := map[any]bool{}
	for x := range py.Iter(fs) {
		key := gatherKey(x)
		if seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, x)
	}
	return out
}

// AsCompleted is asyncio.as_completed(fs, timeout=): a list of awaitables
// that yield results in completion order (semantics W3). Tasks for
// coroutine arguments are created in argument order, where CPython's order
// is address-based (documented divergence). CPython's generator creates
// them at the first next(); a for loop does that immediately anyway.
func AsCompleted(fs, timeout any) *py.List {
	aws := uniqueAwaitables(fs, "expect an iterable of futures, not %s")
	done := NewQueue(0)
	loop := GetEventLoop()
	todo := make([]*Future, len(aws))
	for i, aw := range aws {
		todo[i] = ensureFutureOn(loop, aw)
	}
	remaining := len(todo)
	cbs := make([]*futCallback, len(todo))
	var timeoutHandle *TimerHandle
	onCompletion := func(f *Future) {
		if remaining == 0 {
			return
		}
		remaining--
		done.PutNowait(f)
		if remaining == 0 && timeoutHandle != nil {
			timeoutHandle.Cancel()
		}
	}
	onTimeout := func() {
		for i, f := range todo {
			f.removeCallback(cbs[i])
		}
		for ; remaining > 0; remaining-- {
			done.PutNowait(nil)
		}
	}
	for i, f := range todo {
		cbs[i] = f.addDoneCallbackFunc(onCompletion, asCompletedOnCompDesc)
	}
	if len(todo) > 0 && timeout != nil {
		timeoutHandle = loop.callLaterGo(toSeconds(timeout, "as_completed"), onTimeout, asCompletedTimeoutDesc)
	}
	out := make([]any, len(todo))
	for i := range out {
		out[i] = NewStepCoro(waitForOneInfo, func(co *Coro) any {
			if co.PC == 0 {
				co.At(611)
				co.awaitAt(1, done.Get())
			}
			f, s := co.resume()
			if s {
				return Suspended
			}
			if f == nil {
				panic(py.New(py.TimeoutError))
			}
			return f.(*Future).Result()
		})
	}
	return py.NewList(out...)
}
