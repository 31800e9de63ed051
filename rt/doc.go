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
// Suspending the current task on a future (returns its result or raises):
//
//	v := co.Await(f)
//
// `co.Await(coro)` runs another coroutine inline on the same task; tasks
// are made with l.CreateTask(coro, name) (name nil consumes a Task-N).
// Cancellation arrives as panic(*py.Exception{Class: py.CancelledError})
// out of Await/Sleep; use coreTry(func(){...}) to catch Python exceptions.
// Any other recover of a Python exception calls py.Caught (or
// py.AddTraceback) first, which settles its __context__; an exception
// thrown into a coroutine is raised with py.ThrowIn, a re-raise of a
// stored one (Future.result) with py.Throw.
//
// A coroutine has one of two forms. The step form (NewStepCoro,
// stepcoro.go) is a state machine that returns at each await and runs on
// whatever stack drives it, so a task needs no goroutine at all: it is the
// only form generated code creates (every async def, async generator and
// module with top-level await), and rt's own simple awaits (sleep,
// Queue.get/put, Lock.acquire) use it. The goroutine form (NewCoro: a body
// that blocks in co.Await on an iter.Pull stack) remains only for rt's own
// library coroutines written as straight-line Go (Event.wait,
// Condition.wait, Semaphore.acquire, wait_for, wait, Queue.join, to_thread,
// Barrier, rt awaitables and context managers): a step coroutine awaiting
// one runs it on an iter.Pull coroutine of its own (driveGoro). The ready queue holds task steps and internal future callbacks
// as plain entries (no Handle), since nothing can observe their handles.
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
