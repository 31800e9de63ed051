package rt

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/pyasync2go/pyasync2go/rt/py"
)

// testMu serialises tests: the runtime has process-global state (running
// loop, policy loop, task counter, clock), like CPython's.
var testMu sync.Mutex

// pyFn stands in for a py.Function in tests: a callable with the metadata
// reprs print.
type pyFn struct {
	QualName, File string
	Line           int
	fn             func(args []any) any
}

func (f *pyFn) Call(args []any, kw []py.KW) any { return f.fn(args) }
func (f *pyFn) PyRepr() string                  { return "<function " + f.QualName + ">" }

func fnAt(qual string, line int, fn func(args []any) any) *pyFn {
	return &pyFn{QualName: qual, File: "m.py", Line: line, fn: fn}
}

func info(name string, line int) *CoroInfo {
	return &CoroInfo{Name: name, QualName: name, File: "m.py", Line: line}
}

// s is str() for the values the tests print.
func s(v any) string {
	switch x := v.(type) {
	case nil:
		return "None"
	case bool:
		if x {
			return "True"
		}
		return "False"
	case string:
		return x
	case float64:
		return floatRepr(x)
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			if str, ok := e.(string); ok {
				parts[i] = "'" + str + "'"
			} else {
				parts[i] = s(e)
			}
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case *py.Exception:
		return py.ExcStr(x)
	case py.Object:
		return x.PyRepr()
	}
	return fmt.Sprint(v)
}

type printer func(args ...any)

type result struct {
	stdout, stderr string
	status         int
}

// runProg runs program as a translated module would run under RunProgram,
// with fresh global state, and captures what it prints.
func runProg(t *testing.T, virtual bool, program func(p printer)) result {
	t.Helper()
	testMu.Lock()
	defer testMu.Unlock()
	resetEventLoopPolicy()
	taskCounter.Store(0)
	setVirtualClock(virtual)
	defer setVirtualClock(false)
	py.ResetWarningState()
	destroyedPending, unretrieved, openLoops = nil, nil, nil
	var out, errb strings.Builder
	oldErr := errOut
	errOut = &errb
	defer func() { errOut = oldErr }()
	p := func(args ...any) {
		parts := make([]string, len(args))
		for i, a := range args {
			parts[i] = s(a)
		}
		out.WriteString(strings.Join(parts, " ") + "\n")
	}
	status := RunProgram(func() { program(p) })
	return result{out.String(), errb.String(), status}
}
