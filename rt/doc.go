// Package rt is the cooperative asyncio runtime that translated programs
// run on. It must reproduce CPython 3.11's observable scheduling exactly
// (see ../../shared/asyncio-semantics.md and DESIGN.md).
//
// The core (events.go, clock.go, timerheap.go, futures.go, coro.go,
// stepcoro.go, tasks.go, runners.go, program.go, warnings.go,
// threadsafe.go) owns the
// event loop, the clock, futures, tasks, coroutines, asyncio.run and the
// program entry points. It must not implement gather/wait/queues/locks etc.
// (the library files of this package) and must not touch rt/py, which owns
// Python value semantics, printing and tracebacks.
//
// # Internal API for the library files (same package)
//
// Process-global state mirrors CPython's: the running loop, the policy's
// current loop, the Task-N counter, the clock. A worker goroutine asking
// for the running loop gets the main thread's (CPython would raise).
//
// Running loop and current task:
//
//	l := GetRunningLoop()          // panics RuntimeError('no running event loop')
//	t := co.CurrentTask()          // the task a coroutine body runs on
//	t = currentTaskOf(l)           // or nil outside a step
//
// Futures and callbacks:
//
//	f := l.CreateFuture()
//	cb := f.addDoneCallbackFunc(func(f *Future) {...}, "desc() at file:line")
//	f.removeCallback(cb)
//	f.setResultPlain(v); f.setExceptionPlain(exc); f.cancelPlain(msg)
//	f.setResultUnlessCancelled(v)
//	exc := f.makeCancelledError()  // the error awaiting a cancelled f raises
//
// Callbacks run via call_soon in registration order when f completes; desc
// is what reprs (cb=[...]) print for the callback. A type that embeds
// Future (say a gathering future) sets f.outer to itself so that Python
// callbacks receive it and Cancel/PyRepr dispatch to it, and f.className
// for the default repr; it implements futureLike through the embedded
// futureOf method.
//
// Library coroutines are step coroutines written by hand (stepcoro_lib.go):
//
//	var fut *Future // locals that live across a suspension
//	return NewStepCoro(info, func(co *Coro) any {
//		if co.PC == 0 {
//			fut = ...
//			co.awaitAt(1, fut) // begin `await fut`; resume point 1
//		}
//		v, s := co.resume() // or resumeTry (except), resumeFinally (finally)
//		if s {
//			return Suspended // the step is called again at co.PC
//		}
//		return v
//	})
//
// Awaiting a coroutine runs it inline on the same task; tasks are made with
// l.CreateTask(coro, name) (name nil consumes a Task-N). Cancellation
// arrives as panic(*py.Exception{Class: py.CancelledError}) out of resume;
// use coreTry(func(){...}) to catch Python exceptions.
// Any other recover of a Python exception calls py.Caught (or
// py.AddTraceback) first, which settles its __context__; an exception
// thrown into a coroutine is raised with py.ThrowIn, a re-raise of a
// stored one (Future.result) with py.Throw.
//
// Every coroutine is a step coroutine (NewStepCoro, stepcoro.go): a state
// machine that returns at each await and runs on whatever stack drives it,
// so a task needs no goroutine at all. Generated code creates them for
// every async def, async generator and module with top-level await; rt's
// own library coroutines (sleep, Queue.get/put/join, the locks, wait_for,
// wait, as_completed, to_thread, every AsyncContextManager's AEnter/AExit)
// are written the same way by hand. The ready queue holds task steps and
// internal future callbacks as plain entries (no Handle), since nothing
// can observe their handles.
//
// Scheduling Go code on the loop:
//
//	l.callSoonGo(func(){...}, "desc()")
//	h := l.callLaterGo(seconds, func(){...}, "desc()"); h.Cancel()
//	l.callAtGo(when, func(){...}, "desc()")
//
// Errors: logError(msg, exc) writes asyncio's log format to stderr;
// l.callExceptionHandler(errorContext{message, exc, key, obj}) does the
// same through loop.set_exception_handler's handler when one is set.
// callPy(fn, args) calls a Python callable (or a plain Go func).
//
// Thread work (to_thread, run_in_executor): call l.beginThreadWork() before
// starting the goroutine and end it with l.finishThreadWork(func(){...},
// desc), which queues the callback on the loop thread-safely; under the
// virtual clock the loop waits for outstanding thread work instead of
// advancing time. rt-lib provides run_in_executor by setting
// runInExecutorImpl, and may set l.defaultExecutorShutdown for
// shutdown_default_executor.
package rt
