package rt

import (
	"fmt"
	"sync"
	"time"

	"github.com/pyasync2go/pyasync2go/rt/py"
)

var toThreadInfo = &CoroInfo{Name: "to_thread", QualName: "to_thread", File: asyncioFile("threads.py"), Line: 12}

const (
	executorDoneDesc     = "_chain_future.<locals>._call_set_state() at " + cpythonLib + "/asyncio/futures.py:394"
	threadsafeSubmitDesc = "run_coroutine_threadsafe.<locals>.callback() at " + cpythonLib + "/asyncio/tasks.py:925"
	threadsafeCancelDesc = "_chain_future.<locals>._call_check_cancel() at " + cpythonLib + "/asyncio/futures.py:387"
	executorShutdownDesc = "shutdown_default_executor() done"
)

func init() {
	runInExecutorImpl = func(l *Loop, executor, fn any, args []any) *Future {
		return runInThread(l, func() any { return callPy(fn, args) })
	}
}

// defaultExecutor counts the worker goroutines started for one loop, so
// that shutdown_default_executor can wait for them like
// ThreadPoolExecutor.shutdown(wait=True).
type defaultExecutor struct{ running sync.WaitGroup }

var (
	executorsMu sync.Mutex
	executors   = map[*Loop]*defaultExecutor{}
)

func executorOf(l *Loop) *defaultExecutor {
	executorsMu.Lock()
	defer executorsMu.Unlock()
	ex := executors[l]
	if ex == nil {
		ex = &defaultExecutor{}
		executors[l] = ex
		l.defaultExecutorShutdown = func(co *Coro) {
			executorsMu.Lock()
			delete(executors, l)
			executorsMu.Unlock()
			done := l.CreateFuture()
			l.beginThreadWork()
			go func() {
				ex.running.Wait()
				l.finishThreadWork(func() { done.setResultPlain(nil) }, executorShutdownDesc)
			}()
			co.Await(done)
		}
	}
	return ex
}

// runInThread is loop.run_in_executor(None, ...): call runs on its own
// goroutine, in parallel with the loop, and its outcome is handed back
// through the loop's thread-safe queue. Cancelling the returned future does
// not stop the call, as with a real thread pool.
func runInThread(l *Loop, call func() any) *Future {
	l.checkClosed()
	fut := l.CreateFuture()
	ex := executorOf(l)
	ex.running.Add(1)
	l.beginThreadWork()
	py.StartThreads()
	go func() {
		defer ex.running.Done()
		var res any
		var exc *py.Exception
		py.Thread(func() { exc = coreTry(func() { res = call() }) })
		l.finishThreadWork(func() {
			if fut.Cancelled() {
				return
			}
			if exc != nil {
				fut.setExceptionPlain(exc)
			} else {
				fut.setResultPlain(res)
			}
		}, executorDoneDesc)
	}()
	return fut
}

// ToThread is asyncio.to_thread(fn, *args, **kw).
func ToThread(fn any, args []any, kw []py.KW) *Coro {
	return NewCoro(toThreadInfo, func(co *Coro) any {
		loop := GetRunningLoop()
		call := func() any { return callPy(fn, args) }
		if len(kw) > 0 {
			callable, ok := fn.(py.Callable)
			if !ok {
				panic(py.New(py.TypeError, fmt.Sprintf("'%s' object is not callable", pyTypeName(fn))))
			}
			call = func() any { return callable.Call(args, kw) }
		}
		co.At(25)
		return co.Await(runInThread(loop, call))
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

// ConcurrentFuture is concurrent.futures.Future as returned by
// run_coroutine_threadsafe: safe to use from any goroutine.
type ConcurrentFuture struct {
	mu       sync.Mutex
	state    string // PENDING, CANCELLED, FINISHED
	result   any
	exc      *py.Exception
	done     chan struct{}
	onCancel func()
}

// ConcurrentCancelledError is concurrent.futures.CancelledError, which in
// 3.11 is not asyncio's.
var ConcurrentCancelledError = py.NewClass("CancelledError", "concurrent.futures._base", py.Exception_)

func newConcurrentFuture() *ConcurrentFuture {
	return &ConcurrentFuture{state: "PENDING", done: make(chan struct{})}
}

// chainCancel makes a later cancel() call onCancel (futures._chain_future's
// _call_check_cancel); it reports false if the future is already cancelled.
// The future stays PENDING while the task runs, as in CPython, so cancel()
// keeps working.
func (f *ConcurrentFuture) chainCancel(onCancel func()) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.state == "CANCELLED" {
		return false
	}
	f.onCancel = onCancel
	return true
}

func (f *ConcurrentFuture) finish(res any, exc *py.Exception) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.state == "CANCELLED" || f.state == "FINISHED" {
		return
	}
	f.result, f.exc, f.state = res, exc, "FINISHED"
	close(f.done)
}

func (f *ConcurrentFuture) cancelDone() {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.state == "CANCELLED" || f.state == "FINISHED" {
		return
	}
	f.state = "CANCELLED"
	close(f.done)
}

// Cancel is future.cancel(): it also cancels the task on the loop.
func (f *ConcurrentFuture) Cancel() bool {
	f.mu.Lock()
	switch f.state {
	case "FINISHED":
		f.mu.Unlock()
		return false
	case "CANCELLED":
		f.mu.Unlock()
		return true
	}
	f.state = "CANCELLED"
	close(f.done)
	onCancel := f.onCancel
	f.mu.Unlock()
	if onCancel != nil {
		onCancel()
	}
	return true
}

func (f *ConcurrentFuture) Done() bool {
	select {
	case <-f.done:
		return true
	default:
		return false
	}
}

func (f *ConcurrentFuture) Cancelled() bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.state == "CANCELLED"
}

// wait blocks until done or until timeout (seconds; nil waits forever)
// expires, raising TimeoutError then.
func (f *ConcurrentFuture) wait(timeout any) {
	if timeout == nil {
		<-f.done
		return
	}
	secs := toSeconds(timeout, "result")
	if clockIsVirtual() {
		// The virtual clock does not move while a thread blocks, so the
		// timeout cannot be measured; wait for the outcome instead.
		<-f.done
		return
	}
	timer := time.NewTimer(time.Duration(secs * 1e9))
	defer timer.Stop()
	select {
	case <-f.done:
	case <-timer.C:
		panic(py.New(py.TimeoutError))
	}
}

// Result is future.result(timeout=None).
func (f *ConcurrentFuture) Result(timeout any) any {
	f.wait(timeout)
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.state == "CANCELLED" {
		panic(py.New(ConcurrentCancelledError))
	}
	if f.exc != nil {
		panic(f.exc)
	}
	return f.result
}

// Exception is future.exception(timeout=None).
func (f *ConcurrentFuture) Exception(timeout any) any {
	f.wait(timeout)
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.state == "CANCELLED" {
		panic(py.New(ConcurrentCancelledError))
	}
	if f.exc == nil {
		return nil
	}
	return f.exc
}

func (f *ConcurrentFuture) PyRepr() string {
	f.mu.Lock()
	defer f.mu.Unlock()
	s := fmt.Sprintf("<Future at %s state=%s", objectAddress(f), map[string]string{
		"PENDING": "pending", "CANCELLED": "cancelled", "FINISHED": "finished"}[f.state])
	if f.state == "FINISHED" {
		if f.exc != nil {
			s += " raised " + f.exc.Class.Name
		} else {
			s += " returned " + pyTypeName(f.result)
		}
	}
	return s + ">"
}

func (f *ConcurrentFuture) PyType() string       { return "Future" }
func (f *ConcurrentFuture) PyTypeModule() string { return "concurrent.futures._base" }

func (f *ConcurrentFuture) PyGetAttr(name string) (any, bool) {
	switch name {
	case "result":
		return &boundMethod{name: "result", fn: func(a []any, kw []py.KW) any { return f.Result(kwArg(a, kw, 0, "timeout")) }}, true
	case "exception":
		return &boundMethod{name: "exception", fn: func(a []any, kw []py.KW) any { return f.Exception(kwArg(a, kw, 0, "timeout")) }}, true
	case "cancel":
		return coreMethod("cancel", func([]any) any { return f.Cancel() }), true
	case "done":
		return coreMethod("done", func([]any) any { return f.Done() }), true
	case "cancelled":
		return coreMethod("cancelled", func([]any) any { return f.Cancelled() }), true
	}
	return nil, false
}
