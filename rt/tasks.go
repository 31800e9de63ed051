package rt

import (
	"fmt"
	"reflect"
	"runtime"
	"strconv"
	"strings"
	"sync/atomic"

	"github.com/pyasync2go/pyasync2go/rt/py"
)

type yieldKind uint8

const (
	yieldNone yieldKind = iota
	yieldBare
	yieldFuture
	yieldError
)

// taskCounter is asyncio.tasks._task_name_counter: process-global (N1).
// It has a cache line to itself: every task creation writes it, and a
// neighbour written by another thread (the GC's) would make that slow.
var taskCounter paddedCounter

type paddedCounter struct {
	_ [64]byte
	atomic.Int64
	_ [56]byte
}

// Task is asyncio.Task. Each step runs one step of its coroutine on the
// loop's stack; exactly one task runs at a time.
type Task struct {
	Future
	coro *Coro
	// name is set by a given name or set_name; otherwise the name is
	// Task-<number>, formatted when asked for (most tasks never are).
	name      string
	number    int64
	futWaiter *Future

	wakeupCB futCallback
	// ctx is the task's contextvars.Context, a copy of its creator's;
	// sharedCtx, when set, is one it runs in instead (Runner.run's).
	ctx       Context
	sharedCtx *Context

	// yieldKind/yieldFut/yieldErr say why the coroutine last switched out.
	yieldFut *Future
	yieldErr *py.Exception
	// throwIn is the exception the next resumption raises at the await.
	throwIn *py.Exception
	// throwing: the running step began with an exception thrown in
	// (py.LeaveCoroutine re-chains what crosses an await then).
	throwing bool

	// The small fields share one word: 100k pending tasks are common.
	numCancelsRequested int32
	yieldKind           yieldKind
	mustCancel          bool
	logDestroyPending   bool
	// started: the first step has run.
	started bool
	// throwMode: this step resumes the coroutine with an exception thrown
	// in, which costs its resumed step frames a recursion level each.
	throwMode bool
}

const taskWakeupDesc = "Task.task_wakeup()"

// CreateTaskUnnamed is loop.create_task(coro) called with the coroutine alone, the
// shape codegen binds statically (a name or context goes through the general call path).
func (l *Loop) CreateTaskUnnamed(coro any) *Task { return l.CreateTask(coro, nil) }

// CreateTask is loop.create_task(coro, name): a given name consumes no number.
func (l *Loop) CreateTask(coro any, name any) *Task {
	l.checkClosed()
	c, ok := coro.(*Coro)
	if !ok {
		panic(py.New(py.TypeError, "a coroutine was expected, got "+py.Repr(coro)))
	}
	// The counter's atomic add comes before the allocation: a locked
	// instruction waits for every pending store, and zeroing a new task is
	// hundreds of them.
	var number int64
	if name == nil {
		number = taskCounter.Add(1)
	}
	t := &Task{coro: c, logDestroyPending: true, number: number}
	c.wrapper = t
	t.loop = l
	t.task = t
	t.outer = t
	if name != nil {
		t.name = py.Str(name)
	}
	t.wakeupCB = futCallback{task: t, desc: taskWakeupDesc}
	t.ctx.vars = currentContext().vars
	if activeTrace != nil {
		activeTrace.taskCreated(t)
	}
	l.ready.pushTask(t)
	l.tasks = append(l.tasks, t)
	if len(l.tasks) >= l.tasksPruneAt {
		l.allTasksOf()
		l.tasksPruneAt = max(64, 2*len(l.tasks))
	}
	return t
}

// CreateTask is asyncio.create_task(coro, name): it always consumes a
// number, then renames.
func CreateTask(coro any, name any) *Task {
	l := GetRunningLoop()
	t := l.CreateTask(coro, nil)
	if name != nil {
		t.SetName(name)
	}
	return t
}

// CreateTaskContext is asyncio.create_task(coro, name=..., context=ctx):
// the task's steps run in ctx itself, not in a copy of the creator's.
func CreateTaskContext(coro, name, context any) *Task {
	ctx := taskContextArg(context)
	t := CreateTask(coro, name)
	t.sharedCtx = ctx
	return t
}

// taskContextArg checks the context= argument of the create_task family
// (asyncio's, a loop's, a TaskGroup's) before the task is made: nil for
// None, when the task runs in a copy of its creator's context.
func taskContextArg(context any) *Context {
	if context == nil {
		return nil
	}
	c, ok := context.(*Context)
	if !ok {
		py.Unsupported("create_task() with a context that is not a contextvars.Context")
	}
	return c
}

// EnsureFuture is asyncio.ensure_future(aw).
func EnsureFuture(aw any) any {
	switch x := aw.(type) {
	case *Coro:
		return GetEventLoop().CreateTask(x, nil)
	case futureLike:
		return aw
	}
	if isUserAwaitable(aw) {
		return GetEventLoop().CreateTask(wrapAwaitable(aw), nil)
	}
	panic(py.New(py.TypeError, "An asyncio.Future, a coroutine or an awaitable is required"))
}

// CurrentTask is asyncio.current_task(loop).
func CurrentTask(loop any) any {
	var l *Loop
	if loop == nil {
		l = GetRunningLoop()
	} else {
		l = loop.(*Loop)
	}
	if l.currentTask == nil {
		return nil
	}
	return l.currentTask
}

// currentTaskOf is the typed current task of the running loop, or nil.
func currentTaskOf(l *Loop) *Task { return l.currentTask }

// allTasksOf returns the loop's not-done tasks in creation order (our
// stand-in for iterating CPython's weak set, H1).
func (l *Loop) allTasksOf() []*Task {
	kept := l.tasks[:0]
	for _, t := range l.tasks {
		if t.state == futPending {
			kept = append(kept, t)
		}
	}
	for i := len(kept); i < len(l.tasks); i++ {
		l.tasks[i] = nil
	}
	l.tasks = kept
	return append([]*Task(nil), kept...)
}

// AllTasks is asyncio.all_tasks(loop): a set built in creation order.
func AllTasks(loop any) *py.Set {
	ts := AllTasksList(loop)
	items := make([]any, len(ts))
	for i, t := range ts {
		items[i] = t
	}
	return py.NewSet(items...)
}

// AllTasksList is asyncio.all_tasks(loop) as a slice in creation order.
func AllTasksList(loop any) []*Task {
	var l *Loop
	if loop == nil {
		l = GetRunningLoop()
	} else {
		l = loop.(*Loop)
	}
	return l.allTasksOf()
}

func (t *Task) futureOf() *Future { return &t.Future }

// GetName is task.get_name().
func (t *Task) GetName() string {
	if t.number != 0 {
		return "Task-" + strconv.FormatInt(t.number, 10)
	}
	return t.name
}

// SetName is task.set_name(v).
func (t *Task) SetName(v any) { t.name, t.number = py.Str(v), 0 }

// GetCoro is task.get_coro().
func (t *Task) GetCoro() any { return t.coro }

// Cancelling is task.cancelling().
func (t *Task) Cancelling() int { return int(t.numCancelsRequested) }

// Uncancel is task.uncancel().
func (t *Task) Uncancel() int {
	if t.numCancelsRequested > 0 {
		t.numCancelsRequested--
	}
	return int(t.numCancelsRequested)
}

// Cancel is Task.cancel(msg) (E4).
func (t *Task) Cancel(msg any) bool {
	t.logTraceback = false
	if t.state != futPending {
		return false
	}
	t.numCancelsRequested++
	if activeTrace != nil {
		activeTrace.cancelRequested(t)
	}
	if t.futWaiter != nil {
		if t.futWaiter.Cancel(msg) {
			return true
		}
	}
	t.mustCancel = true
	t.cancelMessage = msg
	return true
}

// wakeup is Task.__wakeup: the awaited future's outcome becomes the step's
// argument (an exception is thrown in at the await).
func (t *Task) wakeup(f *Future) {
	var exc *py.Exception
	switch f.state {
	case futCancelled:
		exc = f.makeCancelledError()
	case futFinished:
		f.logTraceback = false
		exc = f.exc
	}
	t.step(exc)
}

func init() {
	// A step task's Python frames end at runStep: below it is the loop,
	// and below that whoever called asyncio.run.
	py.AddFrameBarrier(funcName((*Task).runStep))
}

func funcName(fn any) string {
	return runtime.FuncForPC(reflect.ValueOf(fn).Pointer()).Name()
}

// runStep runs one step of a step coroutine on the loop's stack.
func (t *Task) runStep() (finished bool, result any, exc *py.Exception) {
	co := t.coro
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(*py.Exception)
			if !ok {
				panic(r)
			}
			// An exception py raised bare (KeyError, AttributeError)
			// gets its frames here, where they are still on the stack.
			py.AddTraceback(e) // settles __context__ too (py.Caught)
			finished, exc = true, e
		}
	}()
	if !t.started {
		t.started = true
		switch co.state {
		case coroCreated:
			co.task = t
			co.state = coroRunning
		case coroRunning:
			// Another task started this coroutine object and it is
			// suspended: Task.__step just sends into it, so it resumes
			// on this task now.
			co.adopt(t)
		}
	}
	if co.state != coroRunning {
		panic(py.New(py.RuntimeError, "cannot reuse already awaited coroutine"))
	}
	if r := co.callStep(); r != Suspended {
		return true, r, nil
	}
	return false, nil, nil
}

// adopt moves a suspended coroutine, and the coroutines it is awaiting,
// onto task t.
func (co *Coro) adopt(t *Task) {
	for c := co; c != nil; c = c.aw.sub {
		c.task = t
	}
}

// step is Task.__step.
func (t *Task) step(exc *py.Exception) {
	if t.state != futPending {
		panic(py.New(py.InvalidStateError, fmt.Sprintf("_step(): already done: %s, %s", t.PyRepr(), py.Repr(exc))))
	}
	if tr := activeTrace; tr != nil {
		tr.stepBegin(t)
		defer tr.stepEnd(t)
	}
	if t.mustCancel {
		if exc == nil || !exc.Is(py.CancelledError) {
			exc = t.makeCancelledError()
		}
		t.mustCancel = false
	}
	t.futWaiter = nil
	t.throwing = exc != nil
	l := t.loop
	prev := l.currentTask
	l.currentTask = t
	// The step runs in the task's context (Context.run in Handle._run).
	taskCtx := &t.ctx
	if t.sharedCtx != nil {
		taskCtx = t.sharedCtx
	}
	prevCtx := loopContext.Swap(taskCtx)

	var finished bool
	var result any
	var cexc *py.Exception
	// The coroutine runs under Handle._run, Context.run and the task's
	// step: three levels of CPython's recursion depth.
	py.AddDepth(3)
	t.throwMode = exc != nil
	switch {
	case !t.started && exc != nil:
		// Throwing into an unstarted coroutine closes it: no code runs,
		// but its frame, at its first line, joins the traceback.
		t.started = true
		t.coro.state = coroClosed
		exc.Traceback = append([]py.Frame{t.coro.info.firstLineFrame()}, exc.Traceback...)
		finished, cexc = true, exc
	default:
		t.throwIn = exc
		t.yieldKind = yieldNone
		finished, result, cexc = t.runStep()
	}
	py.AddDepth(-3)
	t.throwMode = false
	l.currentTask = prev
	loopContext.Store(prevCtx)
	t.throwing = false

	if finished {
		if e := cexc; e != nil {
			switch {
			case e.Is(py.CancelledError):
				t.cancelledExc = e
				t.cancelPlain(nil)
			case e.Is(py.KeyboardInterrupt) || e.Is(py.SystemExit):
				t.setExceptionPlain(e)
				panic(e)
			default:
				t.setExceptionPlain(e)
			}
		} else if t.mustCancel {
			t.mustCancel = false
			t.cancelPlain(t.cancelMessage)
		} else {
			t.setResultPlain(result)
		}
		return
	}
	switch t.yieldKind {
	case yieldBare:
		l.ready.pushTask(t)
	case yieldFuture:
		f := t.yieldFut
		t.yieldFut = nil
		f.addCallback(&t.wakeupCB)
		t.futWaiter = f
		if t.mustCancel {
			if f.Cancel(t.cancelMessage) {
				t.mustCancel = false
			}
		}
	case yieldError:
		e := t.yieldErr
		t.yieldErr = nil
		l.callSoonGo(func() { t.step(e) }, "Task.task_step()")
	default:
		panic("rt: task switched out without saying why")
	}
}

// reprInfo is base_tasks._task_repr_info.
func (t *Task) reprInfo(forceDone bool) []string {
	info := t.Future.reprInfo()
	if t.numCancelsRequested > 0 && t.state == futPending {
		info[0] = "cancelling"
	}
	head := []string{info[0], "name=" + py.Repr(t.GetName()), "coro=<" + t.coro.formatCoroutine(forceDone) + ">"}
	if t.futWaiter != nil {
		head = append(head, "wait_for="+t.futWaiter.PyRepr())
	}
	return append(head, info[1:]...)
}

func (t *Task) PyRepr() string {
	return "<Task " + strings.Join(t.reprInfo(false), " ") + ">"
}

func (t *Task) PyType() string { return "Task" }

// SetResult/SetException exist on Task only to refuse, like CPython.
func (t *Task) SetResult(v any) {
	panic(py.New(py.RuntimeError, "Task does not support set_result operation"))
}

func (t *Task) SetException(exc any) {
	panic(py.New(py.RuntimeError, "Task does not support set_exception operation"))
}

func (t *Task) PyGetAttr(name string) (any, bool) {
	switch name {
	case "get_name":
		return coreMethod("get_name", func(a []any) any { return t.GetName() }), true
	case "set_name":
		return coreMethod("set_name", func(a []any) any { need(a, 1, "set_name"); t.SetName(a[0]); return nil }), true
	case "get_coro":
		return coreMethod("get_coro", func(a []any) any { return t.GetCoro() }), true
	case "cancelling":
		return coreMethod("cancelling", func(a []any) any { return t.Cancelling() }), true
	case "uncancel":
		return coreMethod("uncancel", func(a []any) any { return t.Uncancel() }), true
	case "cancel":
		return &boundMethod{name: "cancel", fn: func(a []any, kw []py.KW) any { return t.Cancel(kwArg(a, kw, 0, "msg")) }}, true
	case "set_result":
		return coreMethod("set_result", func(a []any) any { t.SetResult(nil); return nil }), true
	case "set_exception":
		return coreMethod("set_exception", func(a []any) any { t.SetException(nil); return nil }), true
	case "get_stack":
		return &boundMethod{name: "get_stack", fn: t.getStack}, true
	case "print_stack":
		return &boundMethod{name: "print_stack", fn: t.printStack}, true
	}
	return t.Future.PyGetAttr(name)
}

// getStack is Task.get_stack(*, limit=None) where its answer holds no
// frame object (base_tasks._task_get_stack): a limit <= 0 stops before
// the first frame, and a task that finished without an exception has
// neither a coroutine frame nor a traceback. Frame objects are not
// modelled, so any other case stops the program with a clear message.
func (t *Task) getStack(args []any, kw []py.KW) any {
	if len(args) > 0 {
		panic(py.New(py.TypeError, "get_stack() takes no positional arguments"))
	}
	var limit any
	for _, k := range kw {
		if k.Name != "limit" {
			panic(py.New(py.TypeError, fmt.Sprintf("'%s' is an invalid keyword argument for get_stack()", k.Name)))
		}
		limit = k.Value
	}
	if !t.noStack(limit) {
		py.Unsupported("Task.get_stack() of an unfinished or failed task (frame objects)")
	}
	return py.NewList()
}

// noStack reports whether get_stack(limit=limit) is empty: a limit <= 0,
// or a task that is done without an exception (cancelled included: its
// coroutine is closed and its _exception is None).
func (t *Task) noStack(limit any) bool {
	if limit != nil && py.LtE(limit, 0) {
		return true
	}
	return t.state == futCancelled || t.state == futFinished && t.exc == nil
}

// printStack is Task.print_stack(*, limit=None, file=None), as
// base_tasks._task_print_stack prints it to file: a suspended task's
// coroutine frame, a failed task's traceback frames and exception, or "No
// stack for" the task. Without a file its print() calls write to
// sys.stdout and its traceback.print_list to sys.stderr.
func (t *Task) printStack(args []any, kw []py.KW) any {
	if len(args) > 0 {
		panic(py.New(py.TypeError, "print_stack() takes no positional arguments"))
	}
	var limit, file any
	for _, k := range kw {
		switch k.Name {
		case "limit":
			limit = k.Value
		case "file":
			file = k.Value
		default:
			panic(py.New(py.TypeError, fmt.Sprintf("'%s' is an invalid keyword argument for print_stack()", k.Name)))
		}
	}
	frames := t.stackFrames(limit)
	// print(..., file=None) writes to sys.stdout, but
	// traceback.print_list(..., file=None) to sys.stderr.
	out := func(text string, file any) {
		py.CallBuiltin("print", []any{text}, []py.KW{{Name: "file", Value: file}, {Name: "end", Value: ""}})
	}
	switch {
	case len(frames) == 0:
		out("No stack for "+t.PyRepr()+"\n", file)
	case t.exc != nil:
		out("Traceback for "+t.PyRepr()+" (most recent call last):\n", file)
	default:
		out("Stack for "+t.PyRepr()+" (most recent call last):\n", file)
	}
	if len(frames) > 0 {
		listFile := file
		if listFile == nil {
			listFile = py.Stderr
		}
		out(py.FormatStackList(frames), listFile)
	}
	if t.exc != nil && t.state == futFinished {
		out(py.FormatExceptionOnly(t.exc), file)
	}
	return nil
}

// stackFrames is what _task_get_stack finds, as traceback entries: a
// suspended coroutine's frame (which has no f_back while suspended), or,
// once the coroutine is done, the frames of the exception it raised.
// The running task's own stack goes on into the event loop's Python
// frames, which are not modelled.
func (t *Task) stackFrames(limit any) []py.Frame {
	if limit != nil && py.LtE(limit, 0) {
		return nil
	}
	if t.state == futPending {
		co := t.coro
		if t.loop.currentTask == t {
			py.Unsupported("Task.print_stack() of the running task (its stack goes on into the event loop's frames)")
		}
		line := int(co.line)
		if line == 0 {
			line = co.info.Line
		}
		name := co.info.QualName
		if i := strings.LastIndex(name, "."); i >= 0 {
			name = name[i+1:]
		}
		return []py.Frame{{File: co.info.File, Line: line, Func: name}}
	}
	if t.state != futFinished || t.exc == nil {
		return nil
	}
	frames := t.exc.Traceback
	if limit != nil {
		n, ok := limit.(int)
		if !ok {
			py.Unsupported("Task.print_stack(limit=) that is not an int")
		}
		frames = frames[:min(n, len(frames))]
	}
	return frames
}

// destroyedPending holds tasks still pending when their loop closed; the
// exit hook logs "Task was destroyed but it is pending!" for them.
var destroyedPending []*Task
