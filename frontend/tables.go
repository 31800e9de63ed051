package frontend

import (
	"strings"

	"github.com/pyasync2go/pyasync2go/ir"
	"github.com/pyasync2go/pyasync2go/surface"
)

// unsupportedModuleHint explains why a module cannot be imported.
func unsupportedModuleHint(module string) string {
	var names []string
	var hints []string
	for _, m := range surface.Modules() {
		if m.AnnotationOnly {
			hints = append(hints, m.Name)
		} else {
			names = append(names, m.Name)
		}
	}
	supported := "supported modules: " + strings.Join(names, ", ")
	if len(hints) > 0 {
		supported += " (" + strings.Join(hints, ", ") + " in annotations only)"
	}
	return supported
}

// asyncOps maps the asyncio functions lowered to ir.AsyncCall (the
// registry's AsyncOp entries) to their operation.
var asyncOps = map[string]ir.AsyncOp{
	"sleep":                    ir.OpSleep,
	"gather":                   ir.OpGather,
	"create_task":              ir.OpCreateTask,
	"ensure_future":            ir.OpEnsureFuture,
	"run":                      ir.OpRun,
	"wait":                     ir.OpWait,
	"wait_for":                 ir.OpWaitFor,
	"as_completed":             ir.OpAsCompleted,
	"shield":                   ir.OpShield,
	"timeout":                  ir.OpTimeout,
	"timeout_at":               ir.OpTimeoutAt,
	"get_event_loop":           ir.OpGetEventLoop,
	"get_running_loop":         ir.OpGetRunningLoop,
	"new_event_loop":           ir.OpNewEventLoop,
	"set_event_loop":           ir.OpSetEventLoop,
	"current_task":             ir.OpCurrentTask,
	"all_tasks":                ir.OpAllTasks,
	"to_thread":                ir.OpToThread,
	"run_coroutine_threadsafe": ir.OpRunCoroutineThreadsafe,
	"iscoroutine":              ir.OpIsCoroutine,
	"Queue":                    ir.OpNewQueue,
	"PriorityQueue":            ir.OpNewPriorityQueue,
	"LifoQueue":                ir.OpNewLifoQueue,
	"Lock":                     ir.OpNewLock,
	"Event":                    ir.OpNewEvent,
	"Condition":                ir.OpNewCondition,
	"Semaphore":                ir.OpNewSemaphore,
	"BoundedSemaphore":         ir.OpNewBoundedSemaphore,
	"TaskGroup":                ir.OpNewTaskGroup,
	"Future":                   ir.OpNewFuture,
}

// pythonKeywords can never be names; tree-sitter's error recovery sometimes
// produces identifiers spelled like them (`else:` alone parses as an
// annotation).
var pythonKeywords = set("False None True and as assert async await break class continue def del elif " +
	"else except finally for from global if import in is lambda nonlocal not or pass raise return try " +
	"while with yield")

// isBuiltinExceptionName reports whether a builtin names an exception class.
func isBuiltinExceptionName(name string) bool {
	if !surface.PythonBuiltins[name] || name == "" || name[0] < 'A' || name[0] > 'Z' {
		return false
	}
	switch name {
	case "Ellipsis", "False", "None", "NotImplemented", "True":
		return false
	}
	return true
}

func set(words string) map[string]bool {
	m := map[string]bool{}
	start := -1
	for i := 0; i <= len(words); i++ {
		if i == len(words) || words[i] == ' ' {
			if start >= 0 {
				m[words[start:i]] = true
			}
			start = -1
		} else if start < 0 {
			start = i
		}
	}
	return m
}

// outOfScopeNote is the reason suffix of a diagnostic for something the
// project leaves out on purpose ("" when there is none).
func outOfScopeNote(why string) string {
	if why == "" {
		return ""
	}
	return " (" + why + ")"
}
