package rt

import (
	"fmt"
	"strings"

	"github.com/pyasync2go/pyasync2go/rt/py"
)

// TaskGroup is asyncio.TaskGroup (semantics W6). Its task set iterates in
// creation order where CPython's is address-based (documented divergence).
type TaskGroup struct {
	entered, exiting, aborting bool
	loop                       *Loop
	parentTask                 *Task
	parentCancelRequested      bool
	tasks                      []*Task
	errors                     []*py.Exception
	baseError                  *py.Exception
	onCompletedFut             *Future
}

const taskGroupOnTaskDoneDesc = "TaskGroup._on_task_done()"

func NewTaskGroup() *TaskGroup { return &TaskGroup{} }

func (g *TaskGroup) AEnter() *Coro { return syncCoro(aenterInfo, g.enter) }

func (g *TaskGroup) enter() any {
	if g.entered {
		panic(py.New(py.RuntimeError, fmt.Sprintf("TaskGroup %s has already been entered", g.PyRepr())))
	}
	if g.loop == nil {
		g.loop = GetRunningLoop()
	}
	g.parentTask = currentTaskOf(g.loop)
	if g.parentTask == nil {
		panic(py.New(py.RuntimeError, fmt.Sprintf("TaskGroup %s cannot determine the parent task", g.PyRepr())))
	}
	g.entered = true
	return g
}

func isBaseError(exc *py.Exception) bool {
	return exc.Is(py.SystemExit) || exc.Is(py.KeyboardInterrupt)
}

// AExit is __aexit__: it waits for every task of the group, then raises
// what they raised as an ExceptionGroup.
func (g *TaskGroup) AExit(exc *py.Exception) *Coro {
	var propagateCancellation *py.Exception
	return NewStepCoro(aexitInfo, func(co *Coro) any {
		if co.PC == 0 {
			g.exiting = true
			if exc != nil && isBaseError(exc) && g.baseError == nil {
				g.baseError = exc
			}
			if exc != nil && exc.Class == py.CancelledError {
				propagateCancellation = exc
			}
			if g.parentCancelRequested && g.parentTask.Uncancel() == 0 {
				propagateCancellation = nil
			}
			if exc != nil && !g.aborting {
				g.abort()
			}
		}
		for {
			if co.PC == 1 {
				_, cerr, s := co.resumeTry()
				if s {
					return Suspended
				}
				if cerr != nil {
					if !cerr.Is(py.CancelledError) {
						panic(cerr)
					}
					if !g.aborting {
						propagateCancellation = cerr
						g.abort()
					}
				}
				g.onCompletedFut = nil
			}
			if len(g.tasks) == 0 {
				break
			}
			if g.onCompletedFut == nil {
				g.onCompletedFut = g.loop.CreateFuture()
			}
			co.awaitAt(1, g.onCompletedFut)
		}
		if g.baseError != nil {
			panic(g.baseError)
		}
		if propagateCancellation != nil && len(g.errors) == 0 {
			panic(propagateCancellation)
		}
		if exc != nil && exc.Class != py.CancelledError {
			g.errors = append(g.errors, exc)
		}
		if len(g.errors) > 0 {
			me := py.NewGroup("unhandled errors in a TaskGroup", g.errors)
			g.errors = nil
			raiseFromAt(me, nil, exc, py.Frame{File: asyncioFile("taskgroups.py"), Line: 145,
				Func: "__aexit__", Source: "raise me from None"})
		}
		return false
	})
}

// CreateTask is tg.create_task(coro, name=): loop.create_task, rename,
// and the group's done callback.
func (g *TaskGroup) CreateTask(coro, name any) *Task {
	return g.CreateTaskContext(coro, name, nil)
}

// CreateTaskContext is tg.create_task(coro, name=, context=): with a
// Context the task's steps run in it, as loop.create_task(context=) does.
func (g *TaskGroup) CreateTaskContext(coro, name, context any) *Task {
	if !g.entered {
		panic(py.New(py.RuntimeError, fmt.Sprintf("TaskGroup %s has not been entered", g.PyRepr())))
	}
	if g.exiting && len(g.tasks) == 0 {
		panic(py.New(py.RuntimeError, fmt.Sprintf("TaskGroup %s is finished", g.PyRepr())))
	}
	if g.aborting {
		panic(py.New(py.RuntimeError, fmt.Sprintf("TaskGroup %s is shutting down", g.PyRepr())))
	}
	ctx := taskContextArg(context)
	t := g.loop.CreateTask(coro, nil)
	t.sharedCtx = ctx
	if name != nil {
		t.SetName(name)
	}
	t.addDoneCallbackFunc(g.onTaskDone, taskGroupOnTaskDoneDesc)
	g.tasks = append(g.tasks, t)
	return t
}

func (g *TaskGroup) abort() {
	g.aborting = true
	for _, t := range g.tasks {
		if !t.Done() {
			t.Cancel(nil)
		}
	}
}

func (g *TaskGroup) discard(t *Task) {
	for i, x := range g.tasks {
		if x == t {
			g.tasks = append(g.tasks[:i], g.tasks[i+1:]...)
			return
		}
	}
}

func (g *TaskGroup) onTaskDone(f *Future) {
	task := f.task
	g.discard(task)
	if g.onCompletedFut != nil && len(g.tasks) == 0 && !g.onCompletedFut.Done() {
		g.onCompletedFut.setResultPlain(true)
	}
	if task.Cancelled() {
		return
	}
	exc := task.exceptionNoCheck()
	if exc == nil {
		return
	}
	g.errors = append(g.errors, exc)
	if isBaseError(exc) && g.baseError == nil {
		g.baseError = exc
	}
	if g.parentTask.Done() {
		logError(fmt.Sprintf("Task %s has errored out but its parent task %s is already completed", task.PyRepr(), g.parentTask.PyRepr()), exc)
		return
	}
	if !g.aborting && !g.parentCancelRequested {
		g.abort()
		g.parentCancelRequested = true
		g.parentTask.Cancel(nil)
	}
}

func (g *TaskGroup) PyRepr() string {
	info := []string{""}
	if len(g.tasks) > 0 {
		info = append(info, fmt.Sprintf("tasks=%d", len(g.tasks)))
	}
	if len(g.errors) > 0 {
		info = append(info, fmt.Sprintf("errors=%d", len(g.errors)))
	}
	if g.aborting {
		info = append(info, "cancelling")
	} else if g.entered {
		info = append(info, "entered")
	}
	return "<TaskGroup" + strings.Join(info, " ") + ">"
}

func (g *TaskGroup) PyType() string       { return "TaskGroup" }
func (g *TaskGroup) PyTypeModule() string { return "asyncio.taskgroups" }

func (g *TaskGroup) PyGetAttr(name string) (any, bool) {
	if name == "create_task" {
		return &boundMethod{name: "create_task", fn: func(a []any, kw []py.KW) any {
			coro, name, context := createTaskArgs("TaskGroup", a, kw)
			return g.CreateTaskContext(coro, name, context)
		}}, true
	}
	return nil, false
}
