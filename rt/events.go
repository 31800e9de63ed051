package rt

import (
	"fmt"
	"math"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/pyasync2go/pyasync2go/rt/py"
)

// cpythonLib is the directory CPython's standard library is printed from, in
// reprs and tracebacks that name asyncio's own source lines. Where it lies
// differs between installs, so the clock contract fixes it (README, "Standard
// library paths"): Debian's layout for CPython 3.11, which the oracle prints
// in place of its own.
const cpythonLib = "/usr/lib/python3.11"

// Handle is asyncio.Handle: one scheduled callback.
type Handle struct {
	// py is a Python callback and its arguments (call_soon and friends).
	py *pyCall
	// goFn is an internal callback (task steps, future fan-out). Internal
	// callbacks that may raise a Python exception are still logged per L9.
	goFn func()
	// goDesc names goFn in reprs, e.g. "Task.task_wakeup()".
	goDesc    string
	cancelled bool
	loop      *Loop
	timer     *TimerHandle
	// cb/cbFut: a future's internal done callback, scheduled without a closure.
	cb    *futCallback
	cbFut *Future
	// ctxVars is the context a Python callback runs in: a copy of the one
	// current when it was scheduled; ctx, when set, is the context= it was
	// given, which it runs in itself.
	ctxVars map[*ContextVar]any
	ctx     *Context
}

// pyCall is a Python callable with its positional arguments.
type pyCall struct {
	fn   any
	args []any
}

// TimerHandle is asyncio.TimerHandle.
type TimerHandle struct {
	Handle
	when      float64
	seq       uint64
	scheduled bool
	// intWhen: call_at was given an int, which when() and the repr keep
	// (CPython stores the argument as is).
	intWhen bool
}

// whenValue is when() as Python sees it.
func (t *TimerHandle) whenValue() any {
	if t.intWhen {
		return int(t.when)
	}
	return t.when
}

// Cancel is Handle.cancel().
func (h *Handle) Cancel() {
	if h.cancelled {
		return
	}
	if h.timer != nil && h.timer.scheduled {
		h.loop.timerCancelledCount++
	}
	h.cancelled = true
	h.py = nil
	h.goFn = nil
	h.cb = nil
	h.cbFut = nil
}

// Cancelled is Handle.cancelled().
func (h *Handle) Cancelled() bool { return h.cancelled }

// When is TimerHandle.when().
func (t *TimerHandle) When() float64 { return t.when }

func (h *Handle) className() string {
	if h.timer != nil {
		return "TimerHandle"
	}
	return "Handle"
}

func (h *Handle) callbackSource() string {
	if h.goFn != nil || h.cb != nil || h.goDesc != "" {
		return h.goDesc
	}
	if h.py == nil {
		return ""
	}
	return formatCallbackSource(h.py.fn, h.py.args)
}

func (h *Handle) PyRepr() string {
	info := []string{h.className()}
	if h.cancelled {
		info = append(info, "cancelled")
	}
	if h.timer != nil {
		info = append(info, "when="+py.Repr(h.timer.whenValue()))
	}
	if s := h.callbackSource(); s != "" {
		info = append(info, s)
	}
	return "<" + strings.Join(info, " ") + ">"
}

func (h *Handle) PyGetAttr(name string) (any, bool) {
	switch name {
	case "cancel":
		return coreMethod("cancel", func(a []any) any { h.Cancel(); return nil }), true
	case "cancelled":
		return coreMethod("cancelled", func(a []any) any { return h.Cancelled() }), true
	case "when":
		if h.timer != nil {
			return coreMethod("when", func(a []any) any { return h.timer.whenValue() }), true
		}
	}
	return nil, false
}

func (h *Handle) run() {
	defer func() {
		if r := recover(); r != nil {
			exc, ok := r.(*py.Exception)
			if !ok || exc.Is(py.SystemExit) || exc.Is(py.KeyboardInterrupt) {
				panic(r)
			}
			py.AddTraceback(exc) // a py-internal raise (KeyError from GetItem) has none yet
			exc.Traceback = callbackTraceback(exc.Traceback)
			h.loop.callExceptionHandler(errorContext{message: "Exception in callback " + h.callbackSource(), exc: exc, key: "handle", obj: h})
		}
	}()
	if h.goFn != nil {
		h.goFn()
		return
	}
	if h.cb != nil {
		h.cb.call(h.cbFut)
		return
	}
	// CPython calls it from Handle._run through Context.run: two frames.
	py.AddDepth(2)
	defer py.AddDepth(-2)
	ctx := h.ctx
	if ctx == nil {
		ctx = &Context{vars: h.ctxVars}
	}
	prevCtx := loopContext.Swap(ctx)
	defer loopContext.Store(prevCtx)
	if co, ok := callPy(h.py.fn, h.py.args).(*Coro); ok {
		// call_soon(coroutine_function): the coroutine is dropped unawaited.
		Discard(co, handleRunFrame.File, handleRunFrame.Line, handleRunFrame.Source)
	}
}

var handleRunFrame = py.Frame{File: cpythonLib + "/asyncio/events.py", Line: 80, Func: "_run",
	Source: "self._context.run(self._callback, *self._args)"}

// callbackTraceback makes a callback's traceback start where CPython's
// does, at Handle._run. The Python frames that called into the loop (the
// module calling asyncio.run) are not in it: Handle.run and
// runFutureCallback are frame barriers. (Comparing with the frames "here"
// would not do: the deferred function that calls this runs on top of the
// panicking frames, so "here" would hold the callback's own frames too.)
func callbackTraceback(tb []py.Frame) []py.Frame {
	return append([]py.Frame{handleRunFrame}, tb...)
}

func init() {
	py.AddFrameBarrier(funcName((*Handle).run))
	py.AddFrameBarrier(funcName((*Loop).runFutureCallback))
}

// readyQueue is the loop's _ready: a ring buffer so the steady state
// (sleep(0) ping-pong) never allocates. An entry is a Handle, or one of the
// two internal callbacks that need no Handle object: a task's step
// (Task.__step) and a future's internal done callback (Task.__wakeup,
// gather's _done_callback, ...). CPython makes a Handle for each; nothing
// can observe theirs, so rt spares 100k spawned tasks 100k handles.
type readyQueue struct {
	buf        []readyItem
	head, size int
}

type readyItem struct {
	h    *Handle
	task *Task
	cb   *futCallback
	fut  *Future
}

func (d *readyQueue) pushHandle(h *Handle) { d.push(readyItem{h: h}) }

func (d *readyQueue) pushTask(t *Task) { d.push(readyItem{task: t}) }

func (d *readyQueue) pushCallback(cb *futCallback, f *Future) {
	d.push(readyItem{cb: cb, fut: f})
}

func (d *readyQueue) push(it readyItem) {
	if d.size == len(d.buf) {
		n := len(d.buf) * 2
		if n == 0 {
			n = 16
		}
		nb := make([]readyItem, n)
		for i := 0; i < d.size; i++ {
			nb[i] = d.buf[(d.head+i)&(len(d.buf)-1)]
		}
		d.buf, d.head = nb, 0
	}
	d.buf[(d.head+d.size)&(len(d.buf)-1)] = it
	d.size++
}

func (d *readyQueue) popLeft() readyItem {
	it := d.buf[d.head]
	d.buf[d.head] = readyItem{}
	d.head = (d.head + 1) & (len(d.buf) - 1)
	d.size--
	return it
}

func (d *readyQueue) clear() {
	for d.size > 0 {
		d.popLeft()
	}
}

// Loop is asyncio's event loop (BaseEventLoop._run_once semantics).
type Loop struct {
	ready readyQueue
	// asyncgens: the async generators that began iterating on this loop
	// (loop._asyncgens, less the weak references: see shutdownAsyncgens).
	asyncgens           []*AsyncGen
	asyncgensPruneAt    int
	timers              timerHeap
	timerSeq            uint64
	timerCancelledCount int
	stopping            bool
	running             bool
	closed              bool
	currentTask         *Task
	// tasks holds this loop's tasks in creation order; done ones are
	// pruned lazily. Creation order stands in for CPython's weak set (H1).
	tasks        []*Task
	tasksPruneAt int

	tsMu     sync.Mutex
	tsQueue  []*Handle
	tsClosed bool
	// tsPending mirrors len(tsQueue) > 0 so the busy loop skips the mutex.
	tsPending  atomic.Bool
	threadWork int
	wake       chan struct{}
	waitTimer  *time.Timer

	// defaultExecutorShutdown is set by the executor code (rt-lib) when a
	// default executor exists; shutdown_default_executor awaits it.
	defaultExecutorShutdown func() *Future

	exceptionHandler any
}

// NewEventLoop is asyncio.new_event_loop().
func NewEventLoop() *Loop {
	l := &Loop{
		timers: timerHeap{stable: clockIsVirtual()},
		wake:   make(chan struct{}, 1),
	}
	openLoops = append(openLoops, l)
	logAsyncioSelector()
	return l
}

// openLoops lets the exit hook find tasks of loops never closed.
var openLoops []*Loop

var (
	// runningLoop is read by worker goroutines too (to_thread code).
	runningLoop      atomic.Pointer[Loop]
	policyLoop       *Loop
	policySetCalled  bool
	errNoCurrentLoop = "There is no current event loop in thread 'MainThread'."
)

// GetRunningLoop is asyncio.get_running_loop().
func GetRunningLoop() *Loop {
	l := runningLoop.Load()
	if l == nil {
		panic(py.New(py.RuntimeError, "no running event loop"))
	}
	return l
}

// GetEventLoop is asyncio.get_event_loop() as of 3.11.7 (no warnings).
func GetEventLoop() *Loop {
	if l := runningLoop.Load(); l != nil {
		return l
	}
	if policyLoop == nil && !policySetCalled {
		SetEventLoop(NewEventLoop())
	}
	if policyLoop == nil {
		panic(py.New(py.RuntimeError, errNoCurrentLoop))
	}
	return policyLoop
}

// SetEventLoop is asyncio.set_event_loop(loop); nil means None.
func SetEventLoop(l any) {
	policySetCalled = true
	switch x := l.(type) {
	case nil:
		policyLoop = nil
	case *Loop:
		policyLoop = x
	default:
		panic(py.New(py.TypeError, fmt.Sprintf("loop must be an instance of AbstractEventLoop or None, not '%s'", pyTypeName(l))))
	}
}

// resetEventLoopPolicy forgets set_event_loop calls (tests only).
func resetEventLoopPolicy() {
	runningLoop.Store(nil)
	policyLoop, policySetCalled = nil, false
}

func (l *Loop) checkClosed() {
	if l.closed {
		panic(py.New(py.RuntimeError, "Event loop is closed"))
	}
}

// Time is loop.time().
func (l *Loop) Time() float64 { return monotonic() }

// CallSoon is loop.call_soon(fn, *args).
func (l *Loop) CallSoon(fn any, args ...any) *Handle {
	l.checkClosed()
	h := &Handle{py: &pyCall{fn, args}, loop: l, ctxVars: currentContext().vars}
	l.ready.pushHandle(h)
	return h
}

// callSoonGo schedules an internal Go callback; desc is its repr.
func (l *Loop) callSoonGo(fn func(), desc string) *Handle {
	l.checkClosed()
	h := &Handle{goFn: fn, goDesc: desc, loop: l}
	l.ready.pushHandle(h)
	return h
}

// CallLater is loop.call_later(delay, fn, *args).
func (l *Loop) CallLater(delay, fn any, args ...any) *TimerHandle {
	return l.CallAt(l.Time()+toSeconds(delay, "call_later"), fn, args...)
}

// CallAt is loop.call_at(when, fn, *args).
func (l *Loop) CallAt(when, fn any, args ...any) *TimerHandle {
	return l.callAtCtx(toSeconds(when, "call_at"), when, fn, args, nil)
}

// callAtCtx is call_at with its deadline converted (the int-ness of a
// call_at deadline is kept for the repr) and 3.11's context= (nil: a copy
// of the current context).
func (l *Loop) callAtCtx(secs float64, when, fn any, args []any, ctx *Context) *TimerHandle {
	l.checkClosed()
	t := &TimerHandle{when: secs}
	if w, ok := when.(int); ok && w >= -1<<53 && w <= 1<<53 && secs == float64(w) {
		t.intWhen = true
	}
	t.Handle = Handle{py: &pyCall{fn, args}, loop: l, timer: t, ctxVars: currentContext().vars, ctx: ctx}
	l.pushTimer(t)
	return t
}

// callLaterGo arms an internal Go timer.
func (l *Loop) callLaterGo(delay float64, fn func(), desc string) *TimerHandle {
	l.checkClosed()
	t := &TimerHandle{when: l.Time() + delay}
	t.Handle = Handle{goFn: fn, goDesc: desc, loop: l, timer: t}
	l.pushTimer(t)
	return t
}

// callAtGo arms an internal Go timer at an absolute loop time.
func (l *Loop) callAtGo(when float64, fn func(), desc string) *TimerHandle {
	l.checkClosed()
	t := &TimerHandle{when: when}
	t.Handle = Handle{goFn: fn, goDesc: desc, loop: l, timer: t}
	l.pushTimer(t)
	return t
}

func (l *Loop) pushTimer(t *TimerHandle) {
	l.timerSeq++
	t.seq = l.timerSeq
	t.scheduled = true
	l.timers.push(t)
}

// IsRunning is loop.is_running().
func (l *Loop) IsRunning() bool { return l.running }

// IsClosed is loop.is_closed().
func (l *Loop) IsClosed() bool { return l.closed }

// Stop is loop.stop(): the current iteration still completes.
func (l *Loop) Stop() { l.stopping = true }

// Close is loop.close(): queued handles and timers are dropped silently.
func (l *Loop) Close() {
	if l.running {
		panic(py.New(py.RuntimeError, "Cannot close a running event loop"))
	}
	if l.closed {
		return
	}
	l.closed = true
	for i, o := range openLoops {
		if o == l {
			openLoops = append(openLoops[:i], openLoops[i+1:]...)
			break
		}
	}
	l.tsMu.Lock()
	l.tsClosed = true
	l.tsQueue = nil
	l.tsMu.Unlock()
	for _, t := range l.allTasksOf() {
		if t.logDestroyPending {
			destroyedPending = append(destroyedPending, t)
		}
	}
	l.ready.clear()
	for _, t := range l.timers.items {
		t.scheduled = false
	}
	l.timers.items = nil
	l.timerCancelledCount = 0
}

func (l *Loop) checkRunning() {
	if l.running {
		panic(py.New(py.RuntimeError, "This event loop is already running"))
	}
	if runningLoop.Load() != nil {
		panic(py.New(py.RuntimeError, "Cannot run the event loop while another loop is running"))
	}
}

// RunForever is loop.run_forever().
func (l *Loop) RunForever() {
	l.checkClosed()
	l.checkRunning()
	l.running = true
	runningLoop.Store(l)
	loopGoroutine.Store(py.GoroutineID())
	// Python code runs under run_forever's and _run_once's frames.
	py.AddDepth(2)
	defer func() {
		py.AddDepth(-2)
		l.stopping = false
		l.running = false
		runningLoop.Store(nil)
	}()
	for {
		l.runOnce()
		if l.stopping {
			break
		}
	}
}

const runUntilCompleteCbDesc = "_run_until_complete_cb() at " + cpythonLib + "/asyncio/base_events.py:180"

// RunUntilComplete is loop.run_until_complete(aw).
func (l *Loop) RunUntilComplete(aw any) any {
	return l.runUntilComplete(aw, nil)
}

// runUntilComplete re-raises the future's exception with CPython's asyncio
// frames (outer, then run_until_complete's own) added to its traceback.
func (l *Loop) runUntilComplete(aw any, outer []py.Frame) any {
	l.checkClosed()
	l.checkRunning()
	fut, newTask := l.ensureFuture(aw)
	if newTask {
		fut.task.logDestroyPending = false
	}
	// run_until_complete's own frame.
	py.AddDepth(1)
	defer py.AddDepth(-1)
	cb := &futCallback{goFn: func(f *Future) {
		if !f.Cancelled() {
			if exc := f.exceptionNoCheck(); exc != nil && (exc.Is(py.SystemExit) || exc.Is(py.KeyboardInterrupt)) {
				return
			}
		}
		f.loop.Stop()
	}, desc: runUntilCompleteCbDesc}
	fut.addCallback(cb)
	func() {
		defer func() {
			fut.removeCallback(cb)
			if r := recover(); r != nil {
				if newTask && fut.state == futFinished {
					fut.logTraceback = false
				}
				if exc, ok := r.(*py.Exception); ok && (exc.Is(py.KeyboardInterrupt) || exc.Is(py.SystemExit)) {
					raiseWithFrames(exc, concatFrames(outer, escapedFrames...))
				}
				panic(r)
			}
		}()
		l.RunForever()
	}()
	if fut.state == futPending {
		panic(py.New(py.RuntimeError, "Event loop stopped before Future completed."))
	}
	switch {
	case fut.state == futCancelled:
		raiseWithFrames(fut.makeCancelledError(), concatFrames(outer, runUntilCompleteFrame))
	case fut.exc != nil:
		fut.logTraceback = false
		raiseWithFrames(fut.exc, concatFrames(outer, runUntilCompleteFrame))
	}
	return fut.result
}

func concatFrames(a []py.Frame, b ...py.Frame) []py.Frame {
	return append(append([]py.Frame(nil), a...), b...)
}

// ensureFuture turns a coroutine into a task of l; futures pass through.
func (l *Loop) ensureFuture(aw any) (*Future, bool) {
	switch x := aw.(type) {
	case *Coro:
		return &l.CreateTask(x, nil).Future, true
	case futureLike:
		f := x.futureOf()
		if f.loop != l {
			panic(py.New(py.ValueError, "The future belongs to a different loop than the one specified as the loop argument"))
		}
		return f, false
	}
	if isUserAwaitable(aw) {
		return &l.CreateTask(wrapAwaitable(aw), nil).Future, true
	}
	panic(py.New(py.TypeError, "An asyncio.Future, a coroutine or an awaitable is required"))
}

// runOnce is BaseEventLoop._run_once (L2).
func (l *Loop) runOnce() {
	n := l.timers.len()
	if n > 100 && float64(l.timerCancelledCount)/float64(n) > 0.5 {
		kept := l.timers.items[:0]
		for _, t := range l.timers.items {
			if t.cancelled {
				t.scheduled = false
			} else {
				kept = append(kept, t)
			}
		}
		for i := len(kept); i < len(l.timers.items); i++ {
			l.timers.items[i] = nil
		}
		l.timers.items = kept
		l.timers.heapify()
		l.timerCancelledCount = 0
	} else {
		for l.timers.len() > 0 && l.timers.items[0].cancelled {
			l.timerCancelledCount--
			t := l.timers.pop()
			t.scheduled = false
		}
	}

	l.poll()

	if l.timers.len() > 0 {
		l.moveDueTimers()
	}

	ntodo := l.ready.size
	for i := 0; i < ntodo; i++ {
		it := l.ready.popLeft()
		switch {
		case it.task != nil:
			it.task.step(nil)
		case it.cb != nil:
			l.runFutureCallback(it.cb, it.fut)
		case !it.h.cancelled:
			if activeTrace != nil && it.h.py != nil {
				activeTrace.callback(l, it.h.callbackSource())
			}
			it.h.run()
		}
	}
}

// runFutureCallback runs an internal done callback the way Handle.run runs
// a handle's: a Python exception is logged as "Exception in callback".
func (l *Loop) runFutureCallback(cb *futCallback, f *Future) {
	defer func() {
		if r := recover(); r != nil {
			exc, ok := r.(*py.Exception)
			if !ok || exc.Is(py.SystemExit) || exc.Is(py.KeyboardInterrupt) {
				panic(r)
			}
			py.AddTraceback(exc) // a py-internal raise (KeyError from GetItem) has none yet
			h := &Handle{loop: l, cb: cb, cbFut: f, goDesc: cb.desc}
			exc.Traceback = callbackTraceback(exc.Traceback)
			l.callExceptionHandler(errorContext{message: "Exception in callback " + h.callbackSource(), exc: exc, key: "handle", obj: h})
		}
	}()
	cb.call(f)
}

// moveDueTimers appends every timer due by now (+ clock resolution) to
// _ready in heap-pop order.
func (l *Loop) moveDueTimers() {
	end := l.Time() + 1e-9
	for l.timers.len() > 0 {
		if l.timers.items[0].when >= end {
			break
		}
		t := l.timers.pop()
		t.scheduled = false
		l.ready.pushHandle(&t.Handle)
	}
}

// deadlockSignal is panicked when the virtual-clock loop can never make
// progress; RunProgram turns it into exit status 3.
type deadlockSignal struct{}

func (deadlockSignal) Error() string { return "deadlock: event loop has nothing to wait for" }

// poll is the select() step: it waits (or, under the virtual clock, jumps
// time) and moves handles queued by other goroutines into _ready.
func (l *Loop) poll() {
	if l.ready.size > 0 || l.stopping {
		l.drainThreadsafe()
		return
	}
	virtual := clockIsVirtual()
	for {
		l.tsMu.Lock()
		queued := len(l.tsQueue) > 0
		work := l.threadWork > 0
		l.tsMu.Unlock()
		if queued {
			l.drainThreadsafe()
			return
		}
		hasTimer := l.timers.len() > 0
		if virtual && (work || userThreadWork.Load() > 0) {
			if l.waitForThreads(hasTimer) {
				continue
			}
		}
		switch {
		case virtual && hasTimer:
			advanceVirtualTo(l.timers.items[0].when)
			return
		case virtual:
			panic(deadlockSignal{})
		case hasTimer:
			timeout := l.timers.items[0].when - l.Time()
			if timeout <= 0 {
				return
			}
			timeout = math.Min(math.Ceil(timeout*1000)/1000, 86400)
			if l.waitTimer == nil {
				l.waitTimer = time.NewTimer(time.Duration(timeout * 1e9))
			} else {
				l.waitTimer.Reset(time.Duration(timeout * 1e9))
			}
			select {
			case <-l.wake:
				if !l.waitTimer.Stop() {
					select {
					case <-l.waitTimer.C:
					default:
					}
				}
			case <-l.waitTimer.C:
				return
			}
		default:
			// Real clock, nothing to wait for: CPython blocks in select()
			// forever; only another thread (or a signal) can end it.
			<-l.wake
		}
	}
}

func (l *Loop) PyRepr() string {
	return fmt.Sprintf("<_UnixSelectorEventLoop running=%s closed=%s debug=False>", pyBool(l.running), pyBool(l.closed))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func (l *Loop) PyGetAttr(name string) (any, bool) {
	switch name {
	case "call_soon":
		return scheduleMethod("call_soon", 1, func(a []any, ctx *Context) any {
			h := &Handle{py: &pyCall{a[0], a[1:]}, loop: l, ctx: ctx}
			l.checkClosed()
			l.ready.pushHandle(h)
			return h
		}), true
	case "call_soon_threadsafe":
		return scheduleMethod("call_soon_threadsafe", 1, func(a []any, ctx *Context) any {
			h := &Handle{py: &pyCall{a[0], a[1:]}, loop: l, ctx: ctx}
			l.enqueueThreadsafe(h, false)
			return h
		}), true
	case "call_later":
		return scheduleMethod("call_later", 2, func(a []any, ctx *Context) any {
			return l.callAtCtx(l.Time()+toSeconds(a[0], "call_later"), a[0], a[1], a[2:], ctx)
		}), true
	case "call_at":
		return scheduleMethod("call_at", 2, func(a []any, ctx *Context) any {
			return l.callAtCtx(toSeconds(a[0], "call_at"), a[0], a[1], a[2:], ctx)
		}), true
	case "time":
		return coreMethod("time", func(a []any) any { return l.Time() }), true
	case "create_task":
		return &boundMethod{name: "create_task", fn: func(a []any, kw []py.KW) any {
			coro, name, context := createTaskArgs("BaseEventLoop", a, kw)
			ctx := taskContextArg(context)
			t := l.CreateTask(coro, name)
			t.sharedCtx = ctx
			return t
		}}, true
	case "create_future":
		return coreMethod("create_future", func(a []any) any { return l.CreateFuture() }), true
	case "run_until_complete":
		return coreMethod("run_until_complete", func(a []any) any { need(a, 1, "run_until_complete"); return l.RunUntilComplete(a[0]) }), true
	case "run_forever":
		return coreMethod("run_forever", func(a []any) any { l.RunForever(); return nil }), true
	case "stop":
		return coreMethod("stop", func(a []any) any { l.Stop(); return nil }), true
	case "close":
		return coreMethod("close", func(a []any) any { l.Close(); return nil }), true
	case "is_running":
		return coreMethod("is_running", func(a []any) any { return l.IsRunning() }), true
	case "is_closed":
		return coreMethod("is_closed", func(a []any) any { return l.IsClosed() }), true
	case "set_exception_handler":
		return coreMethod("set_exception_handler", func(a []any) any {
			need(a, 1, "set_exception_handler")
			if a[0] != nil && !py.IsCallable(a[0]) {
				panic(py.New(py.TypeError, fmt.Sprintf("A callable object or None is expected, got %s", py.Repr(a[0]))))
			}
			l.exceptionHandler = a[0]
			return nil
		}), true
	case "get_exception_handler":
		return coreMethod("get_exception_handler", func(a []any) any { return l.exceptionHandler }), true
	case "default_exception_handler":
		return coreMethod("default_exception_handler", func(a []any) any {
			need(a, 1, "default_exception_handler")
			defaultExceptionHandler(a[0])
			return nil
		}), true
	case "call_exception_handler":
		return coreMethod("call_exception_handler", func(a []any) any {
			need(a, 1, "call_exception_handler")
			if l.exceptionHandler != nil {
				callPy(l.exceptionHandler, []any{l, a[0]})
			} else {
				defaultExceptionHandler(a[0])
			}
			return nil
		}), true
	case "shutdown_asyncgens":
		return coreMethod("shutdown_asyncgens", func(a []any) any {
			return syncCoro(shutdownAsyncgensInfo, func() any { return nil })
		}), true
	case "shutdown_default_executor":
		return coreMethod("shutdown_default_executor", func(a []any) any { return l.shutdownDefaultExecutor() }), true
	case "get_debug":
		return coreMethod("get_debug", func(a []any) any { return false }), true
	case "set_default_executor":
		return coreMethod("set_default_executor", func(a []any) any {
			need(a, 1, "set_default_executor")
			l.SetDefaultExecutor(a[0])
			return nil
		}), true
	case "run_in_executor":
		return coreMethod("run_in_executor", func(a []any) any {
			need(a, 2, "run_in_executor")
			return l.RunInExecutor(a[0], a[1], a[2:]...)
		}), true
	}
	return nil, false
}

// runInExecutorImpl is provided by the executor code (rt-lib) in its init.
var runInExecutorImpl func(l *Loop, executor, fn any, args []any) *Future

// RunInExecutor is loop.run_in_executor(executor, fn, *args).
func (l *Loop) RunInExecutor(executor, fn any, args ...any) *Future {
	if runInExecutorImpl == nil {
		panic("rt: loop.run_in_executor not implemented (runInExecutorImpl unset)")
	}
	return runInExecutorImpl(l, executor, fn, args)
}

// scheduleMethod is a loop scheduling method called dynamically:
// positional arguments plus 3.11's keyword-only context=.
func scheduleMethod(name string, min int, schedule func(a []any, ctx *Context) any) *boundMethod {
	return &boundMethod{name: name, fn: func(a []any, kw []py.KW) any {
		var ctx *Context
		for _, k := range kw {
			if k.Name != "context" {
				panic(py.New(py.TypeError, fmt.Sprintf("%s() got an unexpected keyword argument '%s'", name, k.Name)))
			}
			if k.Value != nil {
				c, ok := k.Value.(*Context)
				if !ok {
					py.Unsupported(name + "(context=...) with something other than a contextvars.Context")
				}
				ctx = c
			}
		}
		need(a, min, name)
		return schedule(a, ctx)
	}}
}

// boundMethod is a method value handed to dynamic code (loop.call_soon as a
// value, fut.add_done_callback, ...).
type boundMethod struct {
	name string
	fn   func(args []any, kw []py.KW) any
}

func (m *boundMethod) Call(args []any, kw []py.KW) any { return m.fn(args, kw) }
func (m *boundMethod) PyRepr() string                  { return "<built-in method " + m.name + ">" }

func coreMethod(name string, fn func(args []any) any) *boundMethod {
	return &boundMethod{name: name, fn: func(args []any, kw []py.KW) any {
		if len(kw) > 0 {
			panic(py.New(py.TypeError, fmt.Sprintf("%s() got an unexpected keyword argument '%s'", name, kw[0].Name)))
		}
		return fn(args)
	}}
}

// kwArg picks keyword `name`, or positional index pos, or nil.
func kwArg(args []any, kw []py.KW, pos int, name string) any {
	for _, k := range kw {
		if k.Name == name {
			return k.Value
		}
	}
	if pos >= 0 && pos < len(args) {
		return args[pos]
	}
	return nil
}

// createTaskArgs binds create_task(coro, /, *, name=None, context=None)
// of a loop or a TaskGroup (owner names the class in CPython's TypeErrors).
func createTaskArgs(owner string, a []any, kw []py.KW) (coro, name, context any) {
	if len(a) > 1 {
		panic(py.New(py.TypeError, fmt.Sprintf("%s.create_task() takes 2 positional arguments but %d were given", owner, len(a)+1)))
	}
	for _, k := range kw {
		switch k.Name {
		case "name":
			name = k.Value
		case "context":
			context = k.Value
		case "coro":
			coro = k.Value
		default:
			panic(py.New(py.TypeError, fmt.Sprintf("%s.create_task() got an unexpected keyword argument '%s'", owner, k.Name)))
		}
	}
	if len(a) == 1 {
		coro = a[0]
	} else if coro == nil {
		panic(py.New(py.TypeError, fmt.Sprintf("%s.create_task() missing 1 required positional argument: 'coro'", owner)))
	}
	return coro, name, context
}

func need(args []any, n int, name string) {
	if len(args) < n {
		panic(py.New(py.TypeError, fmt.Sprintf("%s() missing required argument", name)))
	}
}

// callPy calls a Python callable from the loop. Plain Go funcs of a few
// shapes are accepted too, which keeps internal code and tests simple.
func callPy(fn any, args []any) any {
	switch f := fn.(type) {
	case *py.Function, py.Callable:
		return py.Call(f, args, nil)
	case func():
		f()
		return nil
	case func(...any):
		f(args...)
		return nil
	case func(...any) any:
		return f(args...)
	case func(any):
		f(args[0])
		return nil
	case func(*Future):
		f(args[0].(*Future))
		return nil
	}
	if v := reflect.ValueOf(fn); v.Kind() == reflect.Func {
		in := make([]reflect.Value, len(args))
		for i, a := range args {
			if a == nil {
				in[i] = reflect.Zero(v.Type().In(min(i, v.Type().NumIn()-1)))
			} else {
				in[i] = reflect.ValueOf(a)
			}
		}
		out := v.Call(in)
		if len(out) > 0 {
			return out[0].Interface()
		}
		return nil
	}
	panic(py.New(py.TypeError, fmt.Sprintf("'%s' object is not callable", pyTypeName(fn))))
}

// pyTypeName is type(x).__name__ for error messages.
func pyTypeName(v any) string {
	switch x := v.(type) {
	case nil:
		return "NoneType"
	case bool:
		return "bool"
	case int, int64:
		return "int"
	case float64:
		return "float"
	case string:
		return "str"
	case *py.Exception:
		return x.Class.Name
	case *py.Class:
		return "type"
	case py.TypeNamer:
		return x.PyType()
	}
	return py.TypeName(v)
}

// floatRepr is repr(float) for the values loops print (TimerHandle when=).
func floatRepr(f float64) string {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return map[bool]string{true: "inf", false: "-inf"}[f > 0]
	}
	if a := math.Abs(f); a == 0 || (a >= 1e-4 && a < 1e16) {
		s := strconv.FormatFloat(f, 'f', -1, 64)
		if !strings.Contains(s, ".") {
			s += ".0"
		}
		return s
	}
	s := strconv.FormatFloat(f, 'e', -1, 64)
	mant, exp, _ := strings.Cut(s, "e")
	sign := exp[0]
	exp = strings.TrimLeft(exp[1:], "0")
	if len(exp) < 2 {
		exp = "0" + exp
	}
	return mant + "e" + string(sign) + exp
}

// callbackInfo reads a py.Function's qualname and source location without
// depending on its concrete type (rt/py defines it).
func callbackInfo(fn any) (qual, file string, line int, ok bool) {
	v := reflect.ValueOf(fn)
	if v.Kind() == reflect.Pointer && !v.IsNil() {
		v = v.Elem()
	}
	if v.Kind() != reflect.Struct {
		return "", "", 0, false
	}
	q := v.FieldByName("QualName")
	if !q.IsValid() || q.Kind() != reflect.String {
		return "", "", 0, false
	}
	qual = q.String()
	if qual == "" {
		if n := v.FieldByName("Name"); n.IsValid() && n.Kind() == reflect.String {
			qual = n.String()
		}
	}
	if f := v.FieldByName("File"); f.IsValid() && f.Kind() == reflect.String {
		file = f.String()
	}
	if l := v.FieldByName("Line"); l.IsValid() && l.CanInt() {
		line = int(l.Int())
	}
	return qual, file, line, qual != ""
}

// formatCallbackSource is asyncio.format_helpers._format_callback_source.
func formatCallbackSource(fn any, args []any) string {
	var name, src string
	switch f := fn.(type) {
	case *boundMethod:
		name = f.name
	case *futCallback:
		return f.describe()
	default:
		if q, file, line, ok := callbackInfo(fn); ok {
			name = q
			if file != "" && line > 0 {
				src = fmt.Sprintf(" at %s:%d", file, line)
			}
		} else {
			name = py.Repr(fn)
		}
	}
	parts := make([]string, len(args))
	for i, a := range args {
		parts[i] = reprlibRepr(a)
	}
	return name + "(" + strings.Join(parts, ", ") + ")" + src
}

// reprlibRepr is reprlib.repr with its default limits (task and future
// reprs use it for result=, handle reprs for arguments).
func reprlibRepr(v any) string { return reprlibLevel(v, 6) }

func reprlibTrunc(s string, limit int) string {
	r := []rune(s)
	if len(r) <= limit {
		return s
	}
	i := max(0, (limit-3)/2)
	j := max(0, limit-3-i)
	return string(r[:i]) + "..." + string(r[len(r)-j:])
}

func reprlibLevel(v any, level int) string {
	switch x := v.(type) {
	case string:
		full := []rune(x)
		if len(full) <= 30 {
			return reprlibTrunc(py.Repr(x), 30)
		}
		s := py.Repr(string(full[:30]))
		if len([]rune(s)) > 30 {
			s = py.Repr(string(full[:13]) + string(full[len(full)-14:]))
			sr := []rune(s)
			s = string(sr[:13]) + "..." + string(sr[len(sr)-14:])
		}
		return s
	case int:
		return reprlibTrunc(py.Repr(v), 40)
	case *py.List:
		return reprlibIterable(x.Items, level, "[", "]", 6, "")
	case py.Tuple:
		trail := ""
		if len(x) == 1 {
			trail = ","
		}
		return reprlibIterable(x, level, "(", ")", 6, trail)
	case *py.Set:
		items := reprlibSorted(slicesOf(x))
		if len(items) == 0 {
			return py.Repr(x)
		}
		if x.Frozen {
			return reprlibIterable(items, level, "frozenset({", "})", 6, "")
		}
		return reprlibIterable(items, level, "{", "}", 6, "")
	case *py.Dict:
		n := x.Len()
		if n == 0 {
			return "{}"
		}
		if level <= 0 {
			return "{...}"
		}
		keys := reprlibSorted(x.Keys())
		var parts []string
		for i, k := range keys {
			if i == 4 {
				parts = append(parts, "...")
				break
			}
			val, _ := x.Get(k)
			parts = append(parts, reprlibLevel(k, level-1)+": "+reprlibLevel(val, level-1))
		}
		return "{" + strings.Join(parts, ", ") + "}"
	}
	return reprlibTrunc(py.Repr(v), 30)
}

func slicesOf(s *py.Set) []any {
	var out []any
	for v := range py.Iter(s) {
		out = append(out, v)
	}
	return out
}

func reprlibIterable(items []any, level int, left, right string, maxiter int, trail string) string {
	if len(items) == 0 {
		return left + right
	}
	if level <= 0 {
		return left + "..." + right
	}
	var parts []string
	for i, it := range items {
		if i == maxiter {
			parts = append(parts, "...")
			break
		}
		parts = append(parts, reprlibLevel(it, level-1))
	}
	return left + strings.Join(parts, ", ") + trail + right
}

// reprlibSorted is reprlib's _possibly_sorted: sorted if comparable.
func reprlibSorted(items []any) []any {
	out := append([]any(nil), items...)
	if coreTry(func() {
		sort.SliceStable(out, func(i, j int) bool { return py.Lt(out[i], out[j]) })
	}) != nil {
		return items
	}
	return out
}

func (h *Handle) PyType() string       { return h.className() }
func (h *Handle) PyTypeModule() string { return "asyncio.events" }

func (l *Loop) PyType() string       { return "_UnixSelectorEventLoop" }
func (l *Loop) PyTypeModule() string { return "asyncio.unix_events" }
