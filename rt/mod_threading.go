package rt

import (
	"fmt"
	"strconv"
	"sync"
	"time"

	"github.com/pyasync2go/pyasync2go/rt/py"
)

// The threading module: threads are goroutines running Python code in
// parallel with the loop (there is no GIL); the primitives are built on Go
// channels so that every blocking call can take CPython's timeout. Timeouts
// are real seconds under either clock, as in the oracle.

// Thread is threading.Thread (and the pool workers' threads).
type Thread struct {
	mu       sync.Mutex
	name     string
	target   any
	args     []any
	kw       []py.KW
	daemon   bool
	ident    int
	started  bool
	stopped  bool
	done     chan struct{}
	main     bool
	poolWork bool // a pool's worker: idles between work items, so not user thread work
	// self is the instance of a user class deriving from Thread that this
	// is the state of (nil for a plain Thread); initialized is set by
	// Thread.__init__, which such a class may forget to call.
	self        *py.Instance
	initialized bool
	// ctx is the thread's current contextvars.Context (a new thread starts
	// with an empty one); nil until asked for.
	ctx *Context
}

var (
	threadsMu     sync.Mutex
	threadCounter int // threading._counter: the N of "Thread-N"
	nextIdent     = 139_872_412_108_352
	liveThreads   = map[*Thread]bool{}
	mainThread    = &Thread{name: "MainThread", started: true, main: true, initialized: true, ident: newIdent(), done: make(chan struct{})}
)

// newIdent makes a thread identifier shaped like CPython's (pthread_self);
// its value is not observable in CPython either.
func newIdent() int {
	id := nextIdent
	nextIdent += 0x801000
	return id
}

var (
	threadBootstrapFrame = py.Frame{File: cpythonLib + "/threading.py", Line: 1045, Func: "_bootstrap_inner", Source: "self.run()"}
	threadRunFrame       = py.Frame{File: cpythonLib + "/threading.py", Line: 982, Func: "run", Source: "self._target(*self._args, **self._kwargs)"}
)

func init() {
	// A thread's goroutine holds no Python frames below its run().
	py.AddFrameBarrier(funcName((*Thread).bootstrap))
}

// NewThread is threading.Thread(group=None, target=None, name=None,
// args=(), kwargs=None, *, daemon=None).
func NewThread(group, target, name, args, kwargs, daemon any) *Thread {
	t := &Thread{done: make(chan struct{})}
	t.init(group, target, name, args, kwargs, daemon)
	return t
}

// init is Thread.__init__: the thread's target, arguments, name and
// daemon flag.
func (t *Thread) init(group, target, name, args, kwargs, daemon any) {
	if group != nil {
		panic(py.New(py.AssertionError, "group argument must be None for now"))
	}
	t.mu.Lock()
	t.target, t.args, t.kw = target, nil, nil
	t.mu.Unlock()
	if args != nil {
		for x := range py.Iter(args) {
			t.args = append(t.args, x)
		}
	}
	if kwargs != nil {
		d, ok := kwargs.(*py.Dict)
		if !ok {
			py.Unsupported("threading.Thread(kwargs=...) that is not a dict")
		}
		for _, k := range d.Keys() {
			t.kw = append(t.kw, py.KW{Name: py.Str(k), Value: d.GetItem(k)})
		}
	}
	if py.Truth(name) {
		t.name = py.Str(name)
	} else {
		threadsMu.Lock()
		threadCounter++
		t.name = "Thread-" + strconv.Itoa(threadCounter)
		threadsMu.Unlock()
		if target != nil {
			if n, ok := py.LookupAttr(target, "__name__"); ok {
				t.name += " (" + py.Str(n) + ")"
			}
		}
	}
	if daemon != nil {
		t.daemon = py.Truth(daemon)
	} else {
		t.daemon = currentThread().isDaemon()
	}
	t.mu.Lock()
	t.initialized = true
	t.mu.Unlock()
}

// currentThread is threading.current_thread().
func currentThread() *Thread {
	if t, ok := py.CurrentThread().(*Thread); ok {
		return t
	}
	return mainThread
}

// ThreadingCurrentThread is threading.current_thread().
func ThreadingCurrentThread() any { return currentThread().value() }

// value is the thread as Python sees it: the instance of the user's
// Thread subclass, or the Thread itself.
func (t *Thread) value() any {
	if t.self != nil {
		return t.self
	}
	return t
}

// ThreadingMainThread is threading.main_thread().
func ThreadingMainThread() any { return mainThread }

// ThreadingGetIdent is threading.get_ident() (and get_native_id()).
func ThreadingGetIdent() any { return currentThread().ident }

// ThreadingActiveCount is threading.active_count().
func ThreadingActiveCount() any {
	threadsMu.Lock()
	defer threadsMu.Unlock()
	return 1 + len(liveThreads)
}

// ThreadingEnumerate is threading.enumerate(): the main thread, then the
// live threads in start order.
func ThreadingEnumerate() any {
	threadsMu.Lock()
	defer threadsMu.Unlock()
	out := []any{mainThread}
	var ts []*Thread
	for t := range liveThreads {
		ts = append(ts, t)
	}
	for i := 1; i < len(ts); i++ {
		for j := i; j > 0 && ts[j].ident < ts[j-1].ident; j-- {
			ts[j], ts[j-1] = ts[j-1], ts[j]
		}
	}
	for _, t := range ts {
		out = append(out, t.value())
	}
	return py.NewList(out...)
}

func (t *Thread) isDaemon() bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.daemon
}

// Start is thread.start().
func (t *Thread) Start() {
	t.mu.Lock()
	if !t.initialized {
		t.mu.Unlock()
		panic(py.New(py.RuntimeError, "thread.__init__() not called"))
	}
	if t.started {
		t.mu.Unlock()
		panic(py.New(py.RuntimeError, "threads can only be started once"))
	}
	t.started = true
	t.mu.Unlock()
	threadsMu.Lock()
	id := newIdent()
	liveThreads[t] = true
	threadsMu.Unlock()
	t.mu.Lock()
	t.ident = id
	t.mu.Unlock()
	if !t.poolWork {
		userThreadWork.Add(1)
	}
	py.StartThreads()
	go py.ThreadAs(t, t.bootstrap)
}

// bootstrap is Thread._bootstrap_inner: run, report an uncaught exception
// as threading.excepthook does, then mark the thread stopped.
func (t *Thread) bootstrap() {
	defer func() {
		threadsMu.Lock()
		delete(liveThreads, t)
		threadsMu.Unlock()
		t.mu.Lock()
		t.stopped = true
		t.mu.Unlock()
		close(t.done)
		if !t.poolWork {
			userThreadWork.Add(-1)
		}
	}()
	exc := coreTry(t.runOverridable)
	if exc == nil || exc.Is(py.SystemExit) {
		return
	}
	py.AddTraceback(exc)
	exc.Traceback = append([]py.Frame{threadBootstrapFrame}, exc.Traceback...)
	py.Stderr.WriteString("Exception in thread " + t.Name() + ":\n" + py.FormatException(exc))
}

// runOverridable is _bootstrap_inner's self.run(): a subclass's own run
// when it defines one, else Thread.run.
func (t *Thread) runOverridable() {
	if t.self != nil {
		if m, ok := t.self.Class.UserAttr("run"); ok {
			py.Call(py.BindMethod(m, t.self), nil, nil)
			return
		}
	}
	t.runTarget()
}

// runTarget is Thread.run: the target with its arguments, which the
// thread then drops (so a second run() calls nothing). Thread.run is
// Python code: its frame shows in a traceback through the target.
func (t *Thread) runTarget() {
	t.mu.Lock()
	target, args, kw := t.target, t.args, t.kw
	t.target, t.args, t.kw = nil, nil, nil
	t.mu.Unlock()
	if target != nil {
		py.CallInLibFrame(threadRunFrame, func() { py.Call(target, args, kw) })
	}
}

// Name is thread.name.
func (t *Thread) Name() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.name
}

// Join is thread.join(timeout=None).
func (t *Thread) Join(timeout any) {
	t.mu.Lock()
	started, initialized := t.started, t.initialized
	t.mu.Unlock()
	if !initialized {
		panic(py.New(py.RuntimeError, "Thread.__init__() not called"))
	}
	if !started {
		panic(py.New(py.RuntimeError, "cannot join thread before it is started"))
	}
	if t == currentThread() {
		panic(py.New(py.RuntimeError, "cannot join current thread"))
	}
	waitDone(t.done, timeoutArg(timeout, "join"))
}

// IsAlive is thread.is_alive().
func (t *Thread) IsAlive() bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.started && !t.stopped
}

func (t *Thread) PyType() string {
	if t.main {
		return "_MainThread"
	}
	return "Thread"
}

func (t *Thread) PyTypeModule() string { return "threading" }

func (t *Thread) PyRepr() string {
	t.assertInitialized("Thread.__init__() was not called")
	t.mu.Lock()
	defer t.mu.Unlock()
	status := "initial"
	if t.started {
		status = "started"
	}
	if t.stopped {
		status = "stopped"
	}
	if t.daemon {
		status += " daemon"
	}
	if t.started {
		status += " " + strconv.Itoa(t.ident)
	}
	cls := t.PyType()
	if t.self != nil {
		cls = t.self.Class.Name
	}
	return "<" + cls + "(" + t.name + ", " + status + ")>"
}

func (t *Thread) PyGetAttr(name string) (any, bool) {
	method := func(fn func(a []any, kw []py.KW) any) (any, bool) {
		return py.NewMethod(name, t, fn), true
	}
	switch name {
	case "name", "daemon", "ident", "native_id":
		return t.attr(name), true
	case "start":
		return method(func(a []any, kw []py.KW) any { noArgs("start", a, kw); t.Start(); return nil })
	case "run":
		return method(func(a []any, kw []py.KW) any { noArgs("run", a, kw); t.runTarget(); return nil })
	case "join":
		return method(func(a []any, kw []py.KW) any { joinSig.Bind(a, kw); t.Join(kwArg(a, kw, 0, "timeout")); return nil })
	case "is_alive":
		return method(func(a []any, kw []py.KW) any { noArgs("is_alive", a, kw); return t.IsAlive() })
	}
	return nil, false
}

func (t *Thread) PySetAttr(name string, v any) bool {
	switch name {
	case "name", "daemon":
		t.setAttr(name, v)
		return true
	}
	return false
}

func noArgs(name string, a []any, kw []py.KW) {
	if len(kw) > 0 {
		panic(py.New(py.TypeError, fmt.Sprintf("%s() got an unexpected keyword argument '%s'", name, kw[0].Name)))
	}
	if len(a) > 0 {
		panic(py.New(py.TypeError, fmt.Sprintf("%s() takes 1 positional argument but %d were given", name, len(a)+1)))
	}
}

// timeoutArg converts a timeout argument (None: wait forever, reported as
// a negative duration).
func timeoutArg(v any, fname string) time.Duration {
	if v == nil {
		return -1
	}
	secs := toSeconds(v, fname)
	if secs < 0 {
		return 0
	}
	return time.Duration(secs * 1e9)
}

// waitDone waits for ch to be closed, at most d (forever when d < 0), and
// reports whether it was.
func waitDone(ch <-chan struct{}, d time.Duration) bool {
	if d < 0 {
		<-ch
		return true
	}
	select {
	case <-ch:
		return true
	default:
	}
	timer := time.NewTimer(d)
	defer timer.Stop()
	select {
	case <-ch:
		return true
	case <-timer.C:
		return false
	}
}

// ThreadLocal is threading.local(): attributes each thread sees its own
// copy of.
type ThreadLocal struct {
	mu    sync.Mutex
	attrs map[*Thread]*py.Dict
}

// ThreadingLocal is threading.local().
func ThreadingLocal() *ThreadLocal { return &ThreadLocal{attrs: map[*Thread]*py.Dict{}} }

func (l *ThreadLocal) dict() *py.Dict {
	me := currentThread()
	l.mu.Lock()
	defer l.mu.Unlock()
	d := l.attrs[me]
	if d == nil {
		d = py.NewDict()
		l.attrs[me] = d
	}
	return d
}

func (l *ThreadLocal) PyType() string       { return "_local" }
func (l *ThreadLocal) PyTypeModule() string { return "_thread" }
func (l *ThreadLocal) PyRepr() string       { return "<_thread._local object at " + objectAddress(l) + ">" }

func (l *ThreadLocal) PyGetAttr(name string) (any, bool) {
	if name == "__dict__" {
		return l.dict(), true
	}
	return l.dict().Get(name)
}

func (l *ThreadLocal) PySetAttr(name string, v any) bool {
	l.dict().Set(name, v)
	return true
}

// joinThreadsAtExit is threading._shutdown as the interpreter exits: the
// pools' exit hook (concurrent.futures' _python_exit) lets every worker
// finish the work queued so far, then each non-daemon thread is joined.
func joinThreadsAtExit() {
	poolsMu.Lock()
	ps := append([]*ThreadPoolExecutor(nil), pools...)
	poolsMu.Unlock()
	for _, p := range ps {
		p.mu.Lock()
		p.queue = append(p.queue, nil)
		p.cond.Broadcast()
		threads := append([]*Thread(nil), p.threads...)
		p.mu.Unlock()
		for _, t := range threads {
			<-t.done
		}
	}
	for {
		threadsMu.Lock()
		live := make([]*Thread, 0, len(liveThreads))
		for t := range liveThreads {
			live = append(live, t)
		}
		threadsMu.Unlock()
		var next *Thread
		for _, t := range live {
			if !t.isDaemon() {
				next = t
				break
			}
		}
		if next == nil {
			return
		}
		<-next.done
	}
}
