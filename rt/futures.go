package rt

import (
	"fmt"
	"reflect"
	"strings"

	"github.com/pyasync2go/pyasync2go/rt/py"
)

type futState uint8

const (
	futPending futState = iota
	futCancelled
	futFinished
)

func (s futState) String() string {
	switch s {
	case futCancelled:
		return "cancelled"
	case futFinished:
		return "finished"
	}
	return "pending"
}

// futCallback is one entry of a future's callback list: a Python callable
// (fn) or an internal Go callback (goFn) with the text reprs show for it.
type futCallback struct {
	fn   any
	goFn func(*Future)
	// task: Task.__wakeup of this task (a method value would cost every
	// task an allocation).
	task *Task
	desc string
}

func (cb *futCallback) internal() bool { return cb.goFn != nil || cb.task != nil }

func (cb *futCallback) call(f *Future) {
	if cb.task != nil {
		cb.task.wakeup(f)
		return
	}
	cb.goFn(f)
}

func (cb *futCallback) describe() string {
	if cb.internal() {
		return cb.desc
	}
	return formatCallbackSource(cb.fn, nil)
}

// futureLike is implemented by everything that is an asyncio Future: *Future,
// *Task, and rt-lib types that embed Future (e.g. the gathering future).
type futureLike interface{ futureOf() *Future }

// futureOuter lets a type embedding Future override the behaviour the core
// reaches through a plain *Future (cancel propagation, repr).
type futureOuter interface {
	Cancel(msg any) bool
	PyRepr() string
}

// Future is asyncio.Future.
type Future struct {
	loop          *Loop
	state         futState
	logTraceback  bool
	result        any
	exc           *py.Exception
	cancelMessage any
	cancelledExc  *py.Exception
	callbacks     []*futCallback
	// firstCallback backs callbacks while it holds one entry: most futures
	// (a task in a gather, a sleep's future) only ever get one.
	firstCallback [1]*futCallback
	// task is set when this Future is the base of a Task.
	task *Task
	// outer, if set, is the value that embeds this Future: Python callbacks
	// receive it, and Cancel/PyRepr dispatch to it.
	outer     futureOuter
	className string
}

func (f *Future) futureOf() *Future { return f }

// NewFuture is asyncio.Future() (bound to get_event_loop()).
func NewFuture() *Future { return GetEventLoop().CreateFuture() }

// CreateFuture is loop.create_future().
func (l *Loop) CreateFuture() *Future { return &Future{loop: l} }

// self is the Python-visible object for this future.
func (f *Future) self() any {
	if f.outer != nil {
		return f.outer
	}
	return f
}

// GetLoop is fut.get_loop().
func (f *Future) GetLoop() *Loop { return f.loop }

// Done is fut.done().
func (f *Future) Done() bool { return f.state != futPending }

// Cancelled is fut.cancelled().
func (f *Future) Cancelled() bool { return f.state == futCancelled }

// makeCancelledError is Future._make_cancelled_error: the stored original
// CancelledError is handed out once, later calls build a fresh one (E8).
func (f *Future) makeCancelledError() *py.Exception {
	if f.cancelledExc != nil {
		exc := f.cancelledExc
		f.cancelledExc = nil
		return exc
	}
	if f.cancelMessage == nil {
		return py.New(py.CancelledError)
	}
	return py.New(py.CancelledError, f.cancelMessage)
}

// Result is fut.result(): it raises (panics) the exception if there is one.
func (f *Future) Result() any {
	switch f.state {
	case futCancelled:
		panic(f.makeCancelledError())
	case futPending:
		panic(py.New(py.InvalidStateError, "Result is not set."))
	}
	f.logTraceback = false
	if f.exc != nil {
		py.Throw(f.exc) // `raise self._exception`: chains like any raise
	}
	return f.result
}

// Exception is fut.exception(): nil or a *py.Exception.
func (f *Future) Exception() any {
	switch f.state {
	case futCancelled:
		panic(f.makeCancelledError())
	case futPending:
		panic(py.New(py.InvalidStateError, "Exception is not set."))
	}
	f.logTraceback = false
	if f.exc == nil {
		return nil
	}
	return f.exc
}

// exceptionNoCheck is fut.exception() for finished futures, typed.
func (f *Future) exceptionNoCheck() *py.Exception {
	f.logTraceback = false
	return f.exc
}

// Cancel is fut.cancel(msg); msg nil means no message.
func (f *Future) Cancel(msg any) bool {
	if f.outer != nil {
		return f.outer.Cancel(msg)
	}
	return f.cancelPlain(msg)
}

// cancelPlain is Future.cancel itself, bypassing overrides (super().cancel()).
func (f *Future) cancelPlain(msg any) bool {
	f.logTraceback = false
	if f.state != futPending {
		return false
	}
	f.state = futCancelled
	f.cancelMessage = msg
	f.scheduleCallbacks()
	return true
}

// SetResult is fut.set_result(v).
func (f *Future) SetResult(v any) {
	if f.task != nil {
		panic(py.New(py.RuntimeError, "Task does not support set_result operation"))
	}
	f.setResultPlain(v)
}

func (f *Future) setResultPlain(v any) {
	if f.state != futPending {
		panic(py.New(py.InvalidStateError, "invalid state"))
	}
	f.result = v
	f.state = futFinished
	f.scheduleCallbacks()
}

// SetException is fut.set_exception(exc): a class is instantiated.
func (f *Future) SetException(exc any) {
	if f.task != nil {
		panic(py.New(py.RuntimeError, "Task does not support set_exception operation"))
	}
	if f.state != futPending {
		panic(py.New(py.InvalidStateError, "invalid state"))
	}
	f.setExceptionPlain(toException(exc))
}

// toException is _asyncio's future_set_exception argument check: an
// exception class is instantiated, anything else must be an instance.
func toException(exc any) *py.Exception {
	switch x := exc.(type) {
	case *py.Exception:
		return x
	case *py.Class:
		if x.IsSubclass(py.BaseException) {
			if e, ok := x.Call(nil, nil).(*py.Exception); ok {
				return e
			}
		}
	}
	panic(py.New(py.TypeError, "invalid exception object"))
}

func (f *Future) setExceptionPlain(e *py.Exception) {
	if f.state != futPending {
		panic(py.New(py.InvalidStateError, "invalid state"))
	}
	if e.Class == py.StopIteration {
		panic(py.New(py.TypeError, "StopIteration interacts badly with generators and cannot be raised into a Future"))
	}
	f.exc = e
	f.state = futFinished
	f.scheduleCallbacks()
	f.logTraceback = true
	unretrieved = append(unretrieved, f)
	if len(unretrieved) >= unretrievedPruneAt {
		pruneUnretrieved()
	}
}

// setResultUnlessCancelled is futures._set_result_unless_cancelled.
func (f *Future) setResultUnlessCancelled(v any) {
	if f.state == futCancelled {
		return
	}
	f.setResultPlain(v)
}

func (f *Future) scheduleCallbacks() {
	cbs := f.callbacks
	if len(cbs) == 0 {
		return
	}
	f.callbacks = nil
	for _, cb := range cbs {
		f.loop.scheduleCallback(f, cb)
	}
	f.firstCallback[0] = nil
}

func (l *Loop) scheduleCallback(f *Future, cb *futCallback) {
	l.checkClosed()
	if cb.internal() {
		l.ready.pushCallback(cb, f)
		return
	}
	l.ready.pushHandle(&Handle{loop: l, py: &pyCall{cb.fn, []any{f.self()}}})
}

// addCallback registers cb; on a done future it is call_soon'd at once (D1).
func (f *Future) addCallback(cb *futCallback) {
	if f.state != futPending {
		f.loop.scheduleCallback(f, cb)
		return
	}
	if f.callbacks == nil {
		f.callbacks = f.firstCallback[:0]
	}
	f.callbacks = append(f.callbacks, cb)
}

// addDoneCallbackFunc registers an internal Go callback; desc is what the
// future's repr shows for it (e.g. "gather.<locals>._done_callback() at ...").
func (f *Future) addDoneCallbackFunc(fn func(*Future), desc string) *futCallback {
	cb := &futCallback{goFn: fn, desc: desc}
	f.addCallback(cb)
	return cb
}

// removeCallback drops one registered internal callback (by identity).
func (f *Future) removeCallback(cb *futCallback) {
	for i, c := range f.callbacks {
		if c == cb {
			f.callbacks = append(f.callbacks[:i:i], f.callbacks[i+1:]...)
			return
		}
	}
}

// AddDoneCallback is fut.add_done_callback(fn): fn receives the future.
func (f *Future) AddDoneCallback(fn any) {
	f.addCallback(&futCallback{fn: fn})
}

// RemoveDoneCallback is fut.remove_done_callback(fn); returns the count.
func (f *Future) RemoveDoneCallback(fn any) int {
	kept := f.callbacks[:0]
	n := 0
	for _, cb := range f.callbacks {
		if !cb.internal() && sameCallable(cb.fn, fn) {
			n++
			continue
		}
		kept = append(kept, cb)
	}
	for i := len(kept); i < len(f.callbacks); i++ {
		f.callbacks[i] = nil
	}
	f.callbacks = kept
	return n
}

func sameCallable(a, b any) bool {
	va, vb := reflect.ValueOf(a), reflect.ValueOf(b)
	if !va.IsValid() || !vb.IsValid() || va.Type() != vb.Type() {
		return false
	}
	switch va.Kind() {
	case reflect.Func, reflect.Pointer:
		return va.Pointer() == vb.Pointer()
	}
	if va.Type().Comparable() {
		return a == b
	}
	return false
}

// reprInfo is base_futures._future_repr_info.
func (f *Future) reprInfo() []string {
	info := []string{f.state.String()}
	if f.state == futFinished {
		if f.exc != nil {
			info = append(info, "exception="+py.Repr(f.exc))
		} else {
			info = append(info, "result="+reprlibRepr(f.result))
		}
	}
	if len(f.callbacks) > 0 {
		info = append(info, formatCallbacks(f.callbacks))
	}
	return info
}

func formatCallbacks(cbs []*futCallback) string {
	var s string
	switch n := len(cbs); {
	case n == 1:
		s = cbs[0].describe()
	case n == 2:
		s = cbs[0].describe() + ", " + cbs[1].describe()
	default:
		s = fmt.Sprintf("%s, <%d more>, %s", cbs[0].describe(), n-2, cbs[n-1].describe())
	}
	return "cb=[" + s + "]"
}

// PyRepr is repr(fut); a future embedded in another type shows that type.
func (f *Future) PyRepr() string {
	if f.outer != nil {
		return f.outer.PyRepr()
	}
	name := f.className
	if name == "" {
		name = "Future"
	}
	return "<" + name + " " + strings.Join(f.reprInfo(), " ") + ">"
}

func (f *Future) PyType() string {
	if f.className != "" {
		return f.className
	}
	return "Future"
}

// PyTypeModule: Future and Task are the C accelerator's (_asyncio);
// _GatheringFuture is defined in tasks.py.
func (f *Future) PyTypeModule() string {
	if f.className != "" {
		return "asyncio.tasks"
	}
	return "_asyncio"
}

func (f *Future) PyGetAttr(name string) (any, bool) {
	switch name {
	case "result":
		return coreMethod("result", func(a []any) any { return f.Result() }), true
	case "exception":
		return coreMethod("exception", func(a []any) any { return f.Exception() }), true
	case "done":
		return coreMethod("done", func(a []any) any { return f.Done() }), true
	case "cancelled":
		return coreMethod("cancelled", func(a []any) any { return f.Cancelled() }), true
	case "cancel":
		return &boundMethod{name: "cancel", fn: func(a []any, kw []py.KW) any { return f.Cancel(kwArg(a, kw, 0, "msg")) }}, true
	case "add_done_callback":
		return &boundMethod{name: "add_done_callback", fn: func(a []any, kw []py.KW) any {
			need(a, 1, "add_done_callback")
			f.AddDoneCallback(a[0])
			return nil
		}}, true
	case "remove_done_callback":
		return coreMethod("remove_done_callback", func(a []any) any { need(a, 1, "remove_done_callback"); return f.RemoveDoneCallback(a[0]) }), true
	case "set_result":
		return coreMethod("set_result", func(a []any) any { need(a, 1, "set_result"); f.SetResult(a[0]); return nil }), true
	case "set_exception":
		return coreMethod("set_exception", func(a []any) any { need(a, 1, "set_exception"); f.SetException(a[0]); return nil }), true
	case "get_loop":
		return coreMethod("get_loop", func(a []any) any { return f.GetLoop() }), true
	case "__await__", "__iter__":
		return coreMethod(name, func(a []any) any { return &futureIter{f: f} }), true
	}
	return nil, false
}

// unretrieved collects futures that finished with an exception; the ones
// still unretrieved at exit are logged (we have no refcounting, E3).
var unretrieved []*Future
