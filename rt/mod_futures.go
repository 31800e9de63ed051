package rt

import (
	"fmt"
	"iter"
	"runtime"
	"strconv"
	"sync"
	"time"

	"github.com/pyasync2go/pyasync2go/rt/py"
)

// concurrent.futures: Future, ThreadPoolExecutor, wait and as_completed,
// following concurrent/futures/_base.py and thread.py of 3.11.

// ConcurrentFuture is concurrent.futures.Future: safe to use from any
// goroutine.
type ConcurrentFuture struct {
	mu       sync.Mutex
	state    string // PENDING, RUNNING, CANCELLED, FINISHED
	result   any
	exc      *py.Exception
	done     chan struct{}
	onCancel func()
	goCbs    []func()
	pyCbs    []any
	// counted: a pool work item, which is user thread work until its done
	// callbacks have run (README's grace rule).
	counted bool
	// pooled: a pool's future, which wait() and as_completed() see as
	// cancelled only once a worker has taken it off the queue
	// (CANCELLED_AND_NOTIFIED); waitable is set then, or when it finishes.
	pooled   bool
	waitable bool
	waitCbs  []func()
}

func newConcurrentFuture() *ConcurrentFuture {
	return &ConcurrentFuture{state: "PENDING", done: make(chan struct{})}
}

// NewConcurrentFuture is concurrent.futures.Future().
func NewConcurrentFuture() *ConcurrentFuture { return newConcurrentFuture() }

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

// settle moves the future to a final state and runs its callbacks, in the
// calling goroutine, as _invoke_callbacks does. It reports false when the
// future was already final.
func (f *ConcurrentFuture) settle(state string, res any, exc *py.Exception) bool {
	f.mu.Lock()
	if f.state == "CANCELLED" || f.state == "FINISHED" {
		f.mu.Unlock()
		return false
	}
	f.state, f.result, f.exc = state, res, exc
	close(f.done)
	goCbs, pyCbs := f.goCbs, f.pyCbs
	f.goCbs, f.pyCbs = nil, nil
	var waitCbs []func()
	if state == "FINISHED" || !f.pooled {
		f.waitable = true
		waitCbs, f.waitCbs = f.waitCbs, nil
	}
	f.mu.Unlock()
	for _, cb := range waitCbs {
		cb()
	}
	for _, cb := range goCbs {
		cb()
	}
	for _, cb := range pyCbs {
		f.callPy(cb)
	}
	f.mu.Lock()
	counted := f.counted
	f.counted = false
	f.mu.Unlock()
	if counted {
		userThreadWork.Add(-1)
	}
	return true
}

// callPy runs a Python done callback; an exception is logged the way
// concurrent.futures' LOGGER.exception reaches stderr with no logging set up.
func (f *ConcurrentFuture) callPy(cb any) {
	exc := coreTry(func() { py.Call(cb, []any{f}, nil) })
	if exc == nil {
		return
	}
	if !exc.Is(py.Exception_) {
		panic(exc)
	}
	py.AddTraceback(exc)
	exc.Traceback = append([]py.Frame{{File: cpythonLib + "/concurrent/futures/_base.py", Line: 340, Func: "_invoke_callbacks", Source: "callback(self)"}}, exc.Traceback...)
	py.Stderr.WriteString("exception calling callback for " + f.PyRepr() + "\n" + py.FormatException(exc))
}

func (f *ConcurrentFuture) finish(res any, exc *py.Exception) {
	if exc != nil {
		f.settle("FINISHED", nil, exc)
	} else {
		f.settle("FINISHED", res, nil)
	}
}

func (f *ConcurrentFuture) cancelDone() { f.settle("CANCELLED", nil, nil) }

// onDone runs cb (in the completing goroutine) once the future is final, or
// now if it is.
func (f *ConcurrentFuture) onDone(cb func()) {
	f.mu.Lock()
	if f.state != "CANCELLED" && f.state != "FINISHED" {
		f.goCbs = append(f.goCbs, cb)
		f.mu.Unlock()
		return
	}
	f.mu.Unlock()
	cb()
}

// setRunning is set_running_or_notify_cancel: false when cancelled.
func (f *ConcurrentFuture) setRunning() bool {
	f.mu.Lock()
	if f.state == "CANCELLED" {
		f.waitable = true
		waitCbs := f.waitCbs
		f.waitCbs = nil
		f.mu.Unlock()
		for _, cb := range waitCbs {
			cb()
		}
		return false
	}
	f.state = "RUNNING"
	f.mu.Unlock()
	return true
}

// onWaitable runs cb once wait() and as_completed() count the future as
// done (at once if they do).
func (f *ConcurrentFuture) onWaitable(cb func()) {
	f.mu.Lock()
	if !f.waitable {
		f.waitCbs = append(f.waitCbs, cb)
		f.mu.Unlock()
		return
	}
	f.mu.Unlock()
	cb()
}

func (f *ConcurrentFuture) isWaitable() bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.waitable
}

// Cancel is future.cancel().
func (f *ConcurrentFuture) Cancel() bool {
	f.mu.Lock()
	switch f.state {
	case "RUNNING", "FINISHED":
		f.mu.Unlock()
		return false
	case "CANCELLED":
		f.mu.Unlock()
		return true
	}
	onCancel := f.onCancel
	f.mu.Unlock()
	f.settle("CANCELLED", nil, nil)
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

// wait blocks until done or until timeout (real seconds; nil waits
// forever) expires, raising TimeoutError then.
func (f *ConcurrentFuture) wait(timeout any) {
	if !waitDone(f.done, timeoutArg(timeout, "result")) {
		panic(py.New(py.TimeoutError))
	}
}

// Result is future.result(timeout=None).
func (f *ConcurrentFuture) Result(timeout any) any {
	f.wait(timeout)
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.state == "CANCELLED" {
		panic(py.New(py.FuturesCancelledError))
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
		panic(py.New(py.FuturesCancelledError))
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
		"PENDING": "pending", "RUNNING": "running", "CANCELLED": "cancelled", "FINISHED": "finished"}[f.state])
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
	case "running":
		return coreMethod("running", func([]any) any {
			f.mu.Lock()
			defer f.mu.Unlock()
			return f.state == "RUNNING"
		}), true
	case "add_done_callback":
		return coreMethod("add_done_callback", func(a []any) any {
			need(a, 1, "add_done_callback")
			f.mu.Lock()
			if f.state != "CANCELLED" && f.state != "FINISHED" {
				f.pyCbs = append(f.pyCbs, a[0])
				f.mu.Unlock()
				return nil
			}
			f.mu.Unlock()
			f.callPy(a[0])
			return nil
		}), true
	case "set_result":
		return coreMethod("set_result", func(a []any) any {
			need(a, 1, "set_result")
			f.setOutcome(a[0], nil)
			return nil
		}), true
	case "set_exception":
		return coreMethod("set_exception", func(a []any) any {
			need(a, 1, "set_exception")
			f.setOutcome(nil, toException(a[0]))
			return nil
		}), true
	}
	return nil, false
}

// setOutcome is set_result/set_exception on a user's Future.
func (f *ConcurrentFuture) setOutcome(res any, exc *py.Exception) {
	f.mu.Lock()
	st := f.state
	f.mu.Unlock()
	if st == "CANCELLED" || st == "FINISHED" {
		panic(py.New(py.FuturesInvalidStateError, fmt.Sprintf("%s: %s", st, f.PyRepr())))
	}
	f.finish(res, exc)
}

// ThreadPoolExecutor is concurrent.futures.ThreadPoolExecutor.
type ThreadPoolExecutor struct {
	mu       sync.Mutex
	cond     *sync.Cond
	queue    []*workItem // nil entries are the shutdown sentinel
	idle     int         // _idle_semaphore
	threads  []*Thread
	max      int
	prefix   string
	shutdown bool
	initFn   any
	initArgs []any
}

type workItem struct {
	fut  *ConcurrentFuture
	call func() any
}

var (
	poolsMu sync.Mutex
	pools   []*ThreadPoolExecutor // every pool made, for joinThreadsAtExit
)

var poolCounter struct {
	sync.Mutex
	n int
}

// NewThreadPoolExecutor is ThreadPoolExecutor(max_workers=None,
// thread_name_prefix=”, initializer=None, initargs=()).
func NewThreadPoolExecutor(maxWorkers, prefix, initializer, initargs any) *ThreadPoolExecutor {
	n := min(32, runtime.NumCPU()+4)
	if maxWorkers != nil {
		n = toInt(maxWorkers)
		if n <= 0 {
			panic(py.New(py.ValueError, "max_workers must be greater than 0"))
		}
	}
	if initializer != nil && !py.IsCallable(initializer) {
		panic(py.New(py.TypeError, "initializer must be a callable"))
	}
	p := &ThreadPoolExecutor{max: n, initFn: initializer}
	p.cond = sync.NewCond(&p.mu)
	poolsMu.Lock()
	pools = append(pools, p)
	poolsMu.Unlock()
	if prefix != nil {
		p.prefix = py.Str(prefix)
	}
	if p.prefix == "" {
		poolCounter.Lock()
		p.prefix = "ThreadPoolExecutor-" + strconv.Itoa(poolCounter.n)
		poolCounter.n++
		poolCounter.Unlock()
	}
	if initargs != nil {
		for x := range py.Iter(initargs) {
			p.initArgs = append(p.initArgs, x)
		}
	}
	return p
}

// submit queues call; it returns an error (not a panic) so that callers can
// undo their bookkeeping first.
func (p *ThreadPoolExecutor) submit(call func() any) (*ConcurrentFuture, *py.Exception) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.shutdown {
		return nil, py.New(py.RuntimeError, "cannot schedule new futures after shutdown")
	}
	f := newConcurrentFuture()
	f.counted, f.pooled = true, true
	userThreadWork.Add(1)
	p.queue = append(p.queue, &workItem{fut: f, call: call})
	p.cond.Signal()
	p.adjustThreadCount()
	return f, nil
}

// adjustThreadCount is _adjust_thread_count, with p.mu held.
func (p *ThreadPoolExecutor) adjustThreadCount() {
	if p.idle > 0 {
		p.idle--
		return
	}
	if len(p.threads) >= p.max {
		return
	}
	t := NewThread(nil, nil, p.prefix+"_"+strconv.Itoa(len(p.threads)), nil, nil, false)
	t.poolWork = true
	t.target = py.NewBuiltin("_worker", func([]any, []py.KW) any { p.worker(); return nil })
	p.threads = append(p.threads, t)
	t.Start()
}

// worker is thread.py's _worker. The idle count goes up before the work
// item's outcome is published: CPython's worker releases the idle
// semaphore while it still holds the GIL after setting the result, so a
// caller woken by the result always finds the worker idle.
func (p *ThreadPoolExecutor) worker() {
	if p.initFn != nil {
		if exc := coreTry(func() { py.Call(p.initFn, p.initArgs, nil) }); exc != nil {
			py.Unsupported("a ThreadPoolExecutor initializer that raises (a broken pool)")
		}
	}
	for {
		p.mu.Lock()
		for len(p.queue) == 0 {
			p.cond.Wait()
		}
		item := p.queue[0]
		if item == nil {
			p.cond.Signal() // leave the sentinel for the other workers
			p.mu.Unlock()
			return
		}
		p.queue = p.queue[1:]
		p.mu.Unlock()
		if !item.fut.setRunning() {
			p.mu.Lock()
			p.idle++
			p.mu.Unlock()
			continue
		}
		var res any
		exc := coreTry(func() { res = item.call() })
		p.mu.Lock()
		p.idle++
		p.mu.Unlock()
		item.fut.finish(res, exc)
	}
}

// Shutdown is executor.shutdown(wait=True, *, cancel_futures=False).
func (p *ThreadPoolExecutor) Shutdown(wait, cancelFutures bool) {
	p.mu.Lock()
	p.shutdown = true
	var cancel []*ConcurrentFuture
	if cancelFutures {
		for _, it := range p.queue {
			if it != nil {
				cancel = append(cancel, it.fut)
			}
		}
		p.queue = nil
	}
	p.queue = append(p.queue, nil)
	p.cond.Broadcast()
	threads := append([]*Thread(nil), p.threads...)
	p.mu.Unlock()
	for _, f := range cancel {
		f.Cancel()
	}
	if wait {
		for _, t := range threads {
			<-t.done
		}
	}
}

// Submit is executor.submit(fn, /, *args, **kwargs).
func (p *ThreadPoolExecutor) Submit(fn any, args []any, kw []py.KW) *ConcurrentFuture {
	f, err := p.submit(func() any { return py.Call(fn, args, kw) })
	if err != nil {
		panic(err)
	}
	return f
}

// Map is executor.map(fn, *iterables, timeout=None, chunksize=1).
func (p *ThreadPoolExecutor) Map(fn any, iterables []any, timeout any) any {
	var end float64
	if timeout != nil {
		end = toSeconds(timeout, "map") + monotonic()
	}
	var fs []*ConcurrentFuture
	if len(iterables) > 0 {
		pulls := make([]func() (any, bool), len(iterables))
		for i, it := range iterables {
			pulls[i] = py.GetIter(it).Step
		}
	zip:
		for {
			args := make([]any, len(pulls))
			for i, next := range pulls {
				v, ok := next()
				if !ok {
					break zip
				}
				args[i] = v
			}
			fs = append(fs, p.Submit(fn, args, nil))
		}
	}
	i := 0
	return py.NewIterator("generator", func() (any, bool) {
		if i >= len(fs) {
			return nil, false
		}
		f := fs[i]
		i++
		var res any
		exc := coreTry(func() {
			if timeout == nil {
				res = f.Result(nil)
			} else {
				res = f.Result(end - monotonic())
			}
		})
		if exc != nil {
			f.Cancel()
			for _, rest := range fs[i:] {
				rest.Cancel()
			}
			i = len(fs)
			panic(exc)
		}
		return res, true
	})
}

func (p *ThreadPoolExecutor) PyType() string       { return "ThreadPoolExecutor" }
func (p *ThreadPoolExecutor) PyTypeModule() string { return "concurrent.futures.thread" }
func (p *ThreadPoolExecutor) PyRepr() string {
	return "<concurrent.futures.thread.ThreadPoolExecutor object at " + objectAddress(p) + ">"
}
func (p *ThreadPoolExecutor) PyEnter() any              { return p }
func (p *ThreadPoolExecutor) PyExit(*py.Exception) bool { p.Shutdown(true, false); return false }

func (p *ThreadPoolExecutor) PyGetAttr(name string) (any, bool) {
	switch name {
	case "submit":
		return py.NewMethod(name, p, func(a []any, kw []py.KW) any {
			if len(a) == 0 {
				panic(py.New(py.TypeError, "submit expected at least 1 argument, got 0"))
			}
			return p.Submit(a[0], a[1:], kw)
		}), true
	case "map":
		return py.NewMethod(name, p, func(a []any, kw []py.KW) any {
			if len(a) == 0 {
				panic(py.New(py.TypeError, "Executor.map() missing 1 required positional argument: 'fn'"))
			}
			var timeout any
			for _, k := range kw {
				switch k.Name {
				case "timeout":
					timeout = k.Value
				case "chunksize":
				default:
					panic(py.New(py.TypeError, "Executor.map() got an unexpected keyword argument '"+k.Name+"'"))
				}
			}
			return p.Map(a[0], a[1:], timeout)
		}), true
	case "shutdown":
		return py.NewMethod(name, p, func(a []any, kw []py.KW) any {
			wait := true
			if v := kwArg(a, kw, 0, "wait"); v != nil {
				wait = py.Truth(v)
			}
			cancel := false
			if v := kwArg(nil, kw, -1, "cancel_futures"); v != nil {
				cancel = py.Truth(v)
			}
			p.Shutdown(wait, cancel)
			return nil
		}), true
	case "__enter__":
		return py.NewMethod(name, p, func([]any, []py.KW) any { return p }), true
	case "__exit__":
		return py.NewMethod(name, p, func([]any, []py.KW) any { p.Shutdown(true, false); return false }), true
	case "_max_workers":
		return p.max, true
	case "_thread_name_prefix":
		return p.prefix, true
	}
	return nil, false
}

// futuresOf reads the fs argument of wait/as_completed: set(fs), in
// iteration order, without duplicates.
func futuresOf(fs any) []*ConcurrentFuture {
	var out []*ConcurrentFuture
	seen := map[*ConcurrentFuture]bool{}
	for x := range py.Iter(fs) {
		f, ok := x.(*ConcurrentFuture)
		if !ok {
			py.Unsupported("concurrent.futures.wait/as_completed over something that is not a concurrent.futures.Future")
		}
		if !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	return out
}

// FuturesAsCompleted is concurrent.futures.as_completed(fs, timeout=None):
// futures already done come first, in the order given, then the others as
// they finish. The timeout is measured on time.monotonic(), as CPython does
// (so it never expires under the virtual clock unless the clock moves).
func FuturesAsCompleted(fs, timeout any) any {
	all := futuresOf(fs)
	var end float64
	if timeout != nil {
		end = toSeconds(timeout, "as_completed") + monotonic()
	}
	finished := make(chan *ConcurrentFuture, len(all))
	var pending []*ConcurrentFuture
	var ready []*ConcurrentFuture
	for _, f := range all {
		if f.isWaitable() {
			ready = append(ready, f)
		} else {
			pending = append(pending, f)
		}
	}
	for _, f := range pending {
		f.onWaitable(func() { finished <- f })
	}
	left := len(pending)
	return py.NewIterator("generator", func() (any, bool) {
		if len(ready) > 0 {
			f := ready[0]
			ready = ready[1:]
			return f, true
		}
		if left == 0 {
			return nil, false
		}
		d := time.Duration(-1)
		if timeout != nil {
			remaining := end - monotonic()
			if remaining < 0 {
				panic(py.New(py.TimeoutError, fmt.Sprintf("%d (of %d) futures unfinished", left, len(all))))
			}
			d = time.Duration(remaining * 1e9)
		}
		for {
			var timer <-chan time.Time
			if d >= 0 {
				t := time.NewTimer(d)
				defer t.Stop()
				timer = t.C
			}
			select {
			case f := <-finished:
				left--
				return f, true
			case <-timer:
				remaining := end - monotonic()
				if remaining < 0 {
					panic(py.New(py.TimeoutError, fmt.Sprintf("%d (of %d) futures unfinished", left, len(all))))
				}
				d = time.Duration(remaining * 1e9)
			}
		}
	})
}

// FuturesWait is concurrent.futures.wait(fs, timeout=None,
// return_when=ALL_COMPLETED).
func FuturesWait(fs, timeout, returnWhen any) any {
	all := futuresOf(fs)
	when := py.Str(returnWhen)
	d := timeoutArg(timeout, "wait")
	changed := make(chan struct{}, len(all))
	for _, f := range all {
		f.onWaitable(func() { changed <- struct{}{} })
	}
	var deadline <-chan time.Time
	if d >= 0 {
		t := time.NewTimer(d)
		defer t.Stop()
		deadline = t.C
	}
	for {
		var done, notDone []any
		failed := false
		for _, f := range all {
			if f.isWaitable() {
				done = append(done, f)
				f.mu.Lock()
				failed = failed || f.exc != nil
				f.mu.Unlock()
			} else {
				notDone = append(notDone, f)
			}
		}
		if len(notDone) == 0 || when == "FIRST_COMPLETED" && len(done) > 0 || when == "FIRST_EXCEPTION" && failed {
			return &doneAndNotDone{py.NewSetAdded(done...), py.NewSetAdded(notDone...)}
		}
		select {
		case <-changed:
		case <-deadline:
			return &doneAndNotDone{py.NewSetAdded(done...), py.NewSetAdded(notDone...)}
		}
	}
}

// doneAndNotDone is the DoneAndNotDoneFutures named tuple wait returns.
type doneAndNotDone struct{ done, notDone *py.Set }

func (d *doneAndNotDone) PyType() string       { return "DoneAndNotDoneFutures" }
func (d *doneAndNotDone) PyTypeModule() string { return "concurrent.futures._base" }
func (d *doneAndNotDone) PyLen() int           { return 2 }
func (d *doneAndNotDone) PyRepr() string {
	return "DoneAndNotDoneFutures(done=" + py.Repr(d.done) + ", not_done=" + py.Repr(d.notDone) + ")"
}

func (d *doneAndNotDone) PyIter() iter.Seq[any] {
	return func(yield func(any) bool) {
		_ = yield(d.done) && yield(d.notDone)
	}
}

func (d *doneAndNotDone) PyGetItem(key any) any {
	switch toInt(key) {
	case 0, -2:
		return d.done
	case 1, -1:
		return d.notDone
	}
	panic(py.New(py.IndexError, "tuple index out of range"))
}

func (d *doneAndNotDone) PyGetAttr(name string) (any, bool) {
	switch name {
	case "done":
		return d.done, true
	case "not_done":
		return d.notDone, true
	}
	return nil, false
}
