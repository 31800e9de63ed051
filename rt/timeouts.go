package rt

import (
	"math"

	"github.com/pyasync2go/pyasync2go/rt/py"
)

type timeoutState uint8

const (
	timeoutCreated timeoutState = iota
	timeoutEntered
	timeoutExpiring
	timeoutExpired
	timeoutExited
)

func (s timeoutState) String() string {
	return [...]string{"created", "active", "expiring", "expired", "finished"}[s]
}

// TimeoutCM is asyncio.Timeout, the manager of `async with
// asyncio.timeout(...)` (semantics W5): expiry cancels the task, and the
// manager whose cancel it was turns the CancelledError into TimeoutError.
type TimeoutCM struct {
	state      timeoutState
	handle     *Handle
	task       *Task
	when       any // float64 loop time, or nil: never
	cancelling int
}

const timeoutOnTimeoutDesc = "Timeout._on_timeout()"

// Timeout is asyncio.timeout(delay); delay nil never expires.
func Timeout(delay any) *TimeoutCM {
	loop := GetRunningLoop()
	if delay == nil {
		return &TimeoutCM{}
	}
	return &TimeoutCM{when: loop.Time() + toSeconds(delay, "timeout")}
}

// TimeoutAt is asyncio.timeout_at(when), when in loop.time() terms.
func TimeoutAt(when any) *TimeoutCM {
	if when == nil {
		return &TimeoutCM{}
	}
	return &TimeoutCM{when: toSeconds(when, "timeout_at")}
}

// When is cm.when(): the deadline, or nil.
func (t *TimeoutCM) When() any { return t.when }

// Expired is cm.expired().
func (t *TimeoutCM) Expired() bool {
	return t.state == timeoutExpiring || t.state == timeoutExpired
}

// Reschedule is cm.reschedule(when).
func (t *TimeoutCM) Reschedule(when any) {
	if t.state != timeoutEntered {
		if t.state == timeoutCreated {
			panic(py.New(py.RuntimeError, "Timeout has not been entered"))
		}
		panic(py.New(py.RuntimeError, "Cannot change state of "+t.state.String()+" Timeout"))
	}
	if when != nil {
		when = toSeconds(when, "reschedule")
	}
	t.when = when
	if t.handle != nil {
		t.handle.Cancel()
	}
	if when == nil {
		t.handle = nil
		return
	}
	loop := GetRunningLoop()
	if w := when.(float64); w <= loop.Time() {
		t.handle = loop.callSoonGo(t.onTimeout, timeoutOnTimeoutDesc)
	} else {
		t.handle = &loop.callAtGo(w, t.onTimeout, timeoutOnTimeoutDesc).Handle
	}
}

func (t *TimeoutCM) onTimeout() {
	t.task.Cancel(nil)
	t.state = timeoutExpiring
	t.handle = nil
}

func (t *TimeoutCM) AEnter() *Coro { return syncCoro(aenterInfo, t.enter) }

func (t *TimeoutCM) enter() any {
	if t.state != timeoutCreated {
		panic(py.New(py.RuntimeError, "Timeout has already been entered"))
	}
	task := currentTaskOf(GetRunningLoop())
	if task == nil {
		panic(py.New(py.RuntimeError, "Timeout should be used inside a task"))
	}
	t.state = timeoutEntered
	t.task = task
	t.cancelling = task.Cancelling()
	t.Reschedule(t.when)
	return t
}

func (t *TimeoutCM) AExit(exc *py.Exception) *Coro {
	return syncCoro(aexitInfo, func() any { return t.exit(exc) })
}

func (t *TimeoutCM) exit(exc *py.Exception) bool {
	if t.handle != nil {
		t.handle.Cancel()
		t.handle = nil
	}
	switch t.state {
	case timeoutExpiring:
		t.state = timeoutExpired
		if t.task.Uncancel() <= t.cancelling && exc != nil && exc.Class == py.CancelledError {
			raiseFromAt(py.New(py.TimeoutError), exc, exc, py.Frame{File: asyncioFile("timeouts.py"), Line: 115,
				Func: "__aexit__", Source: "raise TimeoutError from exc_val"})
		}
	case timeoutEntered:
		t.state = timeoutExited
	}
	return false
}

func (t *TimeoutCM) PyRepr() string {
	s := "<Timeout [" + t.state.String() + "]"
	if t.state == timeoutEntered {
		when := "None"
		if w, ok := t.when.(float64); ok {
			when = floatRepr(math.RoundToEven(w*1000) / 1000)
		}
		s += " when=" + when
	}
	return s + ">"
}

func (t *TimeoutCM) PyType() string       { return "Timeout" }
func (t *TimeoutCM) PyTypeModule() string { return "asyncio.timeouts" }

func (t *TimeoutCM) PyGetAttr(name string) (any, bool) {
	switch name {
	case "when":
		return coreMethod("when", func([]any) any { return t.When() }), true
	case "expired":
		return coreMethod("expired", func([]any) any { return t.Expired() }), true
	case "reschedule":
		return coreMethod("reschedule", func(a []any) any { need(a, 1, "reschedule"); t.Reschedule(a[0]); return nil }), true
	}
	return nil, false
}
