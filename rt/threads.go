package rt

import (
	"fmt"
	"sync"

	"github.com/pyasync2go/pyasync2go/rt/py"
)

var toThreadInfo = &CoroInfo{Name: "to_thread", QualName: "to_thread", File: asyncioFile("threads.py"), Line: 12, Def: "async def to_thread(func, /, *args, **kwargs):"}

const (
	executorDoneDesc     = "_chain_future.<locals>._call_set_state() at " + cpythonLib + "/asyncio/futures.py:394"
	threadsafeSubmitDesc = "run_coroutine_threadsafe.<locals>.callback() at " + cpythonLib + "/asyncio/tasks.py:925"
	threadsafeCancelDesc = "_chain_future.<locals>._call_check_cancel() at " + cpythonLib + "/asyncio/futures.py:387"
	executorShutdownDesc = "shutdown_default_executor() done"
)

func init() {
	runInExecutorImpl = func(l *Loop, executor, fn any, args []any) *Future {
		l.checkClosed()
		var pool *ThreadPoolExecutor
		if executor == nil {
			pool = defaultExecutorOf(l)
		} else {
			p, ok := executor.(*ThreadPoolExecutor)
			if !ok {
				panic(py.New(py.TypeError, "executor must be ThreadPoolExecutor, not "+pyTypeName(executor)))
			}
			pool = p
		}
		return runInPool(l, pool, func() any { return callPy(fn, args) })
	}
}

// defaultExecutorOf is the loop's default executor, made on first use as
// ThreadPoolExecutor(thread_name_prefix='asyncio'); the loop's
// shutdown_default_executor joins its threads.
func defaultExecutorOf(l *Loop) *ThreadPoolExecutor {
	executorsMu.Lock()
	defer executorsMu.Unlock()
	if ex := defaultExecutors[l]; ex != nil {
		return ex
	}
	ex := NewThreadPoolExecutor(nil, "asyncio", nil, nil)
	setDefaultExecutorLocked(l, ex)
	return ex
}

var (
	executorsMu      sync.Mutex
	defaultExecutors = map[*Loop]*ThreadPoolExecutor{}
)

// setDefaultExecutorLocked is loop.set_default_executor(ex) with
// executorsMu held.
func setDefaultExecutorLocked(l *Loop, ex *ThreadPoolExecutor) {
	defaultExecutors[l] = ex
	l.defaultExecutorShutdown = func() *Future {
		executorsMu.Lock()
		delete(defaultExecutors, l)
		executorsMu.Unlock()
		done := l.CreateFuture()
		l.beginThreadWork()
		go func() {
			ex.Shutdown(true, false)
			l.finishThreadWork(func() { done.setResultPlain(nil) }, executorShutdownDesc)
		}()
		return done
	}
}

// SetDefaultExecutor is loop.set_default_executor(executor).
func (l *Loop) SetDefaultExecutor(executor any) {
	ex, ok := executor.(*ThreadPoolExecutor)
	if !ok {
		panic(py.New(py.TypeError, "executor must be ThreadPoolExecutor"))
	}
	executorsMu.Lock()
	defer executorsMu.Unlock()
	setDefaultExecutorLocked(l, ex)
}

// runInPool is loop.run_in_executor: call runs on a worker of pool, in
// parallel with the loop, and its outcome is handed back through the
// loop's thread-safe queue (asyncio.wrap_future). Cancelling the returned
// future cancels the work item only if no worker has started it.
func runInPool(l *Loop, pool *ThreadPoolExecutor, call func() any) *Future {
	l.beginThreadWork()
	cf, err := pool.submit(call)
	if err != nil {
		l.tsMu.Lock()
		l.threadWork--
		l.tsMu.Unlock()
		panic(err)
	}
	return wrapFuture(l, cf, true)
}

// wrapFuture is asyncio.wrap_future(cf): an asyncio future on l that
// follows cf (and cancels it when cancelled itself). endsWork: the hand-off
// also ends one unit of the loop's thread work (run_in_executor).
func wrapFuture(l *Loop, cf *ConcurrentFuture, endsWork bool) *Future {
	fut := l.CreateFuture()
	fut.addDoneCallbackFunc(func(f *Future) {
		if f.Cancelled() {
			cf.Cancel()
		}
	}, threadsafeCancelDesc)
	cf.onDone(func() {
		state := func() {
			if fut.Done() {
				return
			}
			cf.mu.Lock()
			st, res, exc := cf.state, cf.result, cf.exc
			cf.mu.Unlock()
			switch {
			case st == "CANCELLED":
				fut.Cancel(nil)
			case exc != nil:
				fut.setExceptionPlain(exc)
			default:
				fut.setResultPlain(res)
			}
		}
		if endsWork {
			l.finishThreadWork(state, executorDoneDesc)
		} else {
			l.callSoonThreadsafeGo(state, executorDoneDesc)
		}
	})
	return fut
}

// WrapFuture is asyncio.wrap_future(future, *, loop=None).
func WrapFuture(future, loop any) any {
	switch f := future.(type) {
	case *Future:
		return f
	case *Task:
		return f
	case *ConcurrentFuture:
		l, ok := loop.(*Loop)
		if loop == nil {
			l = GetEventLoop()
		} else if !ok {
			panic(py.New(py.TypeError, "loop must be an event loop"))
		}
		return wrapFuture(l, f, false)
	}
	panic(py.New(py.AssertionError, fmt.Sprintf("concurrent.futures.Future is expected, got %s", py.Repr(future))))
}

// ToThread is asyncio.to_thread(fn, *args, **kw).
func ToThread(fn any, args []any, kw []py.KW) *Coro {
	return NewStepCoro(toThreadInfo, func(co *Coro) any {
		if co.PC == 0 {
			loop := GetRunningLoop()
			// to_thread runs func in a copy of the caller's context.
			ctx := currentContext().copy()
			call := func() any { return ctx.run(fn, args, kw) }
			if len(kw) > 0 {
				if _, ok := fn.(py.Callable); !ok {
					panic(py.New(py.TypeError, fmt.Sprintf("'%s' object is not callable", pyTypeName(fn))))
				}
			}
			co.At(25)
			co.awaitAt(1, runInPool(loop, defaultExecutorOf(loop), call))
		}
		v, s := co.resume()
		if s {
			return Suspended
		}
		return v
	})
}

// RunCoroutineThreadsafe is asyncio.run_coroutine_threadsafe(coro, loop),
// called from a worker goroutine: it returns a *ConcurrentFuture.
func RunCoroutineThreadsafe(coro, loop any) any {
	c, ok := coro.(*Coro)
	if !ok {
		panic(py.New(py.TypeError, "A coroutine object is required"))
	}
	l, ok := loop.(*Loop)
	if !ok {
		panic(py.New(py.TypeError, fmt.Sprintf("loop must be an event loop, not '%s'", pyTypeName(loop))))
	}
	cf := newConcurrentFuture()
	l.callSoonThreadsafeGo(func() {
		task := l.CreateTask(c, nil)
		if !cf.chainCancel(func() { l.callSoonThreadsafeGo(func() { task.Cancel(nil) }, threadsafeCancelDesc) }) {
			task.Cancel(nil)
		}
		task.addDoneCallbackFunc(func(f *Future) {
			switch {
			case f.Cancelled():
				cf.cancelDone()
			case f.exceptionNoCheck() != nil:
				cf.finish(nil, f.exc)
			default:
				cf.finish(f.result, nil)
			}
		}, executorDoneDesc)
	}, threadsafeSubmitDesc)
	return cf
}
