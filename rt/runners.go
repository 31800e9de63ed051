package rt

import (
	"github.com/pyasync2go/pyasync2go/rt/py"
)

var (
	shutdownAsyncgensInfo = &CoroInfo{Name: "shutdown_asyncgens", QualName: "BaseEventLoop.shutdown_asyncgens",
		File: cpythonLib + "/asyncio/base_events.py", Line: 539}
	shutdownDefaultExecutorInfo = &CoroInfo{Name: "shutdown_default_executor", QualName: "BaseEventLoop.shutdown_default_executor",
		File: cpythonLib + "/asyncio/base_events.py", Line: 564}
)

// coreTry runs fn and returns the Python exception it raised, if any.
func coreTry(fn func()) (exc *py.Exception) {
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(*py.Exception)
			if !ok {
				panic(r)
			}
			py.Caught(e)
			exc = e
		}
	}()
	fn()
	return nil
}

// Run is asyncio.run(main): new loop, main task, then the close sequence
// (R3) whether or not main failed.
func Run(main any, debug any) any {
	if runningLoop.Load() != nil {
		panic(py.New(py.RuntimeError, "asyncio.run() cannot be called from a running event loop"))
	}
	c, ok := main.(*Coro)
	if !ok {
		panic(py.New(py.ValueError, "a coroutine was expected, got "+py.Repr(main)))
	}
	l := NewEventLoop()
	SetEventLoop(l)
	var result any
	rs := &runnerState{loop: l}
	exc := coreTry(func() {
		// The frames of asyncio.run and Runner.run.
		py.AddDepth(2)
		defer py.AddDepth(-2)
		task := l.CreateTask(c, nil)
		rs.main = task
		activeRunner.Store(rs)
		defer activeRunner.Store(nil)
		result = l.runUntilComplete(task, runFrames)
	})
	if exc != nil && exc.Is(py.CancelledError) && rs.interrupts.Load() > 0 && rs.main.Uncancel() == 0 {
		ki := py.New(py.KeyboardInterrupt)
		// Runner.run caught the CancelledError: its traceback starts there.
		for i, f := range exc.Traceback {
			if f == runFrames[1] {
				exc.Traceback = exc.Traceback[i:]
				break
			}
		}
		ki.Context = exc
		exc = coreTry(func() { raiseWithFrames(ki, sigintFrames) })
	}
	// `with Runner() as runner: return runner.run(main)`: __exit__ closes
	// the runner while run's exception is being handled, and an exception
	// from close() replaces it (chained to it).
	closeExc := coreTry(func() { py.Handling(exc, func() { runnerClose(l) }) })
	if closeExc != nil {
		panic(closeExc)
	}
	if exc != nil {
		panic(exc)
	}
	return result
}

// CPython's own frames between <module> and the user's frames in the
// traceback of an exception escaping asyncio.run / run_until_complete.
var (
	runFrames = []py.Frame{
		{File: cpythonLib + "/asyncio/runners.py", Line: 190, Func: "run",
			Source: "return runner.run(main)\n           ^^^^^^^^^^^^^^^^"},
		{File: cpythonLib + "/asyncio/runners.py", Line: 118, Func: "run",
			Source: "return self._loop.run_until_complete(task)\n           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^"},
	}
	sigintFrames = []py.Frame{runFrames[0],
		{File: cpythonLib + "/asyncio/runners.py", Line: 123, Func: "run", Source: "raise KeyboardInterrupt()"}}
	runUntilCompleteFrame = py.Frame{File: cpythonLib + "/asyncio/base_events.py", Line: 653, Func: "run_until_complete",
		Source: "return future.result()\n           ^^^^^^^^^^^^^^^"}
	// escapedFrames lead to a KeyboardInterrupt/SystemExit raised by a
	// task step, which leaves the loop from inside a handle.
	// closeFrames lead from asyncio.run's `with Runner(...)` to the
	// run_until_complete of _cancel_all_tasks, where an exception a
	// cancelled task raises while the runner closes escapes.
	closeFrames = []py.Frame{
		{File: cpythonLib + "/asyncio/runners.py", Line: 189, Func: "run", Source: "with Runner(debug=debug) as runner:"},
		{File: cpythonLib + "/asyncio/runners.py", Line: 63, Func: "__exit__", Source: "self.close()"},
		{File: cpythonLib + "/asyncio/runners.py", Line: 71, Func: "close", Source: "_cancel_all_tasks(loop)"},
		{File: cpythonLib + "/asyncio/runners.py", Line: 201, Func: "_cancel_all_tasks", Source: "loop.run_until_complete(tasks.gather(*to_cancel, return_exceptions=True))"},
	}
	escapedFrames = []py.Frame{
		{File: cpythonLib + "/asyncio/base_events.py", Line: 640, Func: "run_until_complete", Source: "self.run_forever()"},
		{File: cpythonLib + "/asyncio/base_events.py", Line: 607, Func: "run_forever", Source: "self._run_once()"},
		{File: cpythonLib + "/asyncio/base_events.py", Line: 1922, Func: "_run_once", Source: "handle._run()"},
		handleRunFrame,
	}
)

// raiseWithFrames re-raises exc in the caller's Python context (prepending
// its frames, as CPython's traceback grows) with the asyncio frames
// inserted between the caller's frames and the ones exc already had.
func raiseWithFrames(exc *py.Exception, frames []py.Frame) {
	n := len(exc.Traceback)
	e := coreTry(func() { py.Rethrow(exc) })
	prefix := len(e.Traceback) - n
	if prefix < 0 {
		prefix = 0
	}
	tb := append([]py.Frame(nil), e.Traceback[:prefix]...)
	tb = append(tb, frames...)
	e.Traceback = append(tb, e.Traceback[prefix:]...)
	panic(e)
}

// runnerClose is asyncio.Runner.close.
func runnerClose(l *Loop) {
	defer func() {
		SetEventLoop(nil)
		l.Close()
	}()
	cancelAllTasks(l)
	l.RunUntilComplete(l.shutdownAsyncgens())
	l.RunUntilComplete(l.shutdownDefaultExecutor())
}

// shutdownAsyncgens is loop.shutdown_asyncgens(): every async generator
// that began iterating on this loop and was never finished nor finalized
// is closed, each aclose() in a task of gather's. CPython finalizes some of
// them earlier (the frame that held them ended) through the loop's
// finalizer hook, which also makes an aclose() task: either way each takes
// one Task-N name, which the tasks made afterwards (a second asyncio.run)
// show. The generators' cleanup code never runs here: codegen rejects an
// async generator with a cleanup to run (finally, with, except
// GeneratorExit), so only the count of tasks, not their order, shows.
func (l *Loop) shutdownAsyncgens() *Coro {
	return NewStepCoro(shutdownAsyncgensInfo, func(co *Coro) any {
		if co.PC == 0 {
			var closing []any
			for _, ag := range l.asyncgens {
				if !ag.finalized && ag.state != agenDone {
					ag.finalized = true
					closing = append(closing, ag.aclose())
				}
			}
			l.asyncgens = nil
			if len(closing) == 0 {
				return nil
			}
			co.awaitAt(1, Gather(closing, true))
		}
		if _, s := co.resume(); s {
			return Suspended
		}
		return nil
	})
}

// shutdownDefaultExecutor is loop.shutdown_default_executor().
func (l *Loop) shutdownDefaultExecutor() *Coro {
	return NewStepCoro(shutdownDefaultExecutorInfo, func(co *Coro) any {
		if co.PC == 0 {
			if l.defaultExecutorShutdown == nil {
				return nil
			}
			co.awaitAt(1, l.defaultExecutorShutdown())
		}
		if _, s := co.resume(); s {
			return Suspended
		}
		return nil
	})
}

// cancelAllTasks is asyncio.runners._cancel_all_tasks. The tasks are
// cancelled in creation order where CPython iterates a set (H1).
func cancelAllTasks(l *Loop) {
	toCancel := l.allTasksOf()
	if len(toCancel) == 0 {
		return
	}
	for _, t := range toCancel {
		t.Cancel(nil)
	}
	l.runUntilComplete(gatherAllSettled(l, toCancel), closeFrames)
	for _, t := range toCancel {
		if t.Cancelled() {
			continue
		}
		if e := t.exceptionNoCheck(); e != nil {
			l.callExceptionHandler(errorContext{message: "unhandled exception during asyncio.run() shutdown", exc: e, key: "task", obj: t})
		}
	}
}

// gatherAllSettled is gather(*tasks, return_exceptions=True) for the
// shutdown sequence, with gather's hop count: the outer future completes
// in the done callback of the last child.
func gatherAllSettled(l *Loop, tasks []*Task) *Future {
	outer := l.CreateFuture()
	outer.className = "_GatheringFuture"
	remaining := len(tasks)
	for _, t := range tasks {
		t.addDoneCallbackFunc(func(f *Future) {
			remaining--
			if f.state == futFinished {
				f.logTraceback = false
			}
			if remaining == 0 && outer.state == futPending {
				outer.setResultPlain(nil)
			}
		}, "gather.<locals>._done_callback() at "+cpythonLib+"/asyncio/tasks.py:764")
	}
	return outer
}
