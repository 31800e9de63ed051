package rt

import (
	"fmt"

	"github.com/pyasync2go/pyasync2go/rt/py"
)

// CoroInfo describes one async def (Line is co_firstlineno). Def is the
// text of that line for rt's coroutines of CPython's library, whose source
// is not registered; a traceback quotes it when an exception is thrown into
// the coroutine before it ran.
type CoroInfo struct {
	Name, QualName, File string
	Line                 int
	Def                  string
}

// firstLineFrame is co's frame as CPython's traceback shows it when an
// exception was thrown in before the coroutine ever ran.
func (info *CoroInfo) firstLineFrame() py.Frame {
	f := py.FirstLineFrame(info.File, info.Line, info.Name)
	if info.Def != "" {
		f.Source = info.Def
	}
	return f
}

type coroState uint8

const (
	coroCreated coroState = iota
	coroRunning
	coroDone
	// coroClosed: never started but finished anyway (exception thrown in
	// before the first step, or discarded); it never warns.
	coroClosed
)

// Coro is a coroutine object: the result of calling an async def. It is a
// step coroutine (stepcoro.go), driven by whichever task awaits it (T2).
type Coro struct {
	info *CoroInfo
	// step is the state machine's step function (stepcoro.go).
	step func(co *Coro) any
	task *Task
	// wrapper is the task create_task/ensure_future made for it, if any
	// (gather de-duplicates its arguments by it).
	wrapper *Task
	line    int32
	// PC is a step coroutine's resume point (0: not started).
	PC    int32
	state coroState
	aw    awaitState
}

// At records the line about to execute (what a task repr says it is
// "running at"; while suspended, the line of the await).
func (co *Coro) At(line int) { co.line = int32(line) }

// checkAwaitable is GET_AWAITABLE's check on a coroutine object about to
// be awaited: a suspended one is already awaited by someone else.
func (co *Coro) checkAwaitable() {
	switch co.state {
	case coroCreated:
	case coroRunning:
		panic(py.New(py.RuntimeError, "coroutine is being awaited already"))
	default:
		panic(py.New(py.RuntimeError, "cannot reuse already awaited coroutine"))
	}
}

// CurrentTask returns the task this coroutine runs on (nil before it starts).
func (co *Coro) CurrentTask() *Task { return co.task }

// Loop returns the loop of the task this coroutine runs on.
func (co *Coro) Loop() *Loop { return co.task.loop }

// CPython's frames inside asyncio.sleep, shown under the await in a
// traceback of an exception (cancellation) raised while sleeping.
var (
	sleep0Frames = []py.Frame{
		{File: cpythonLib + "/asyncio/tasks.py", Line: 640, Func: "sleep", Source: "await __sleep0()"},
		{File: cpythonLib + "/asyncio/tasks.py", Line: 634, Func: "__sleep0", Source: "yield"},
	}
	sleepFrames = []py.Frame{
		{File: cpythonLib + "/asyncio/tasks.py", Line: 649, Func: "sleep", Source: "return await future\n           ^^^^^^^^^^^^"},
	}
)

var sleepInfo = &CoroInfo{Name: "sleep", QualName: "sleep", File: cpythonLib + "/asyncio/tasks.py", Line: 637, Def: "async def sleep(delay, result=None):"}

// SleepFunction is asyncio.sleep used as a value: a Python function
// (`async def sleep(delay, result=None)`), not a builtin.
var SleepFunction = py.NewFunction(&py.Signature{Name: "sleep", QualName: "sleep", Params: []string{"delay", "result"}, Defaults: []any{nil}},
	func(b []any) any { return Sleep(b[0], b[1]) })

// Sleep is asyncio.sleep(delay, result) as a coroutine object.
func Sleep(delay, result any) *Coro {
	return NewStepCoro(sleepInfo, func(co *Coro) any {
		if co.PC == 0 {
			co.StartSleep(delay, result)
			// Where tasks.py's sleep is suspended: `await __sleep0()` or
			// `return await future`.
			if co.aw.kind == awSleep0 {
				co.At(640)
			} else {
				co.At(649)
			}
		}
		if co.Suspend() {
			co.PC = 1
			return Suspended
		}
		return co.AwaitResult()
	})
}

func sleepSeconds(delay any) float64 {
	switch x := delay.(type) {
	case int:
		return float64(x)
	case float64:
		return x
	case bool:
		if x {
			return 1
		}
		return 0
	}
	panic(py.New(py.TypeError, fmt.Sprintf("'<=' not supported between instances of '%s' and 'int'", pyTypeName(delay))))
}

// IsCoroutine is asyncio.iscoroutine(x).
func IsCoroutine(x any) bool {
	_, ok := x.(*Coro)
	return ok
}

func (co *Coro) PyRepr() string {
	return fmt.Sprintf("<coroutine object %s at %#x>", co.info.QualName, py.Addr(co))
}

func (co *Coro) PyType() string { return "coroutine" }

// formatCoroutine is coroutines._format_coroutine.
func (co *Coro) formatCoroutine(forceDone bool) string {
	if co.state == coroDone || co.state == coroClosed || forceDone {
		return fmt.Sprintf("%s() done, defined at %s:%d", co.info.QualName, co.info.File, co.info.Line)
	}
	return fmt.Sprintf("%s() running at %s:%d", co.info.QualName, co.info.File, co.line)
}

func (co *Coro) PyGetAttr(name string) (any, bool) {
	switch name {
	case "__name__":
		return co.info.Name, true
	case "__qualname__":
		return co.info.QualName, true
	case "__await__":
		return coreMethod("__await__", func(a []any) any { return &coroWrapper{co: co} }), true
	case "close":
		return coreMethod("close", func(a []any) any {
			if co.state == coroCreated {
				co.state = coroClosed
			}
			return nil
		}), true
	}
	return nil, false
}
