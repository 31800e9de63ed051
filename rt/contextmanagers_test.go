package rt

import (
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/pyasync2go/pyasync2go/rt/py"
)

// The library tests are hand translations of Python programs; each test
// names its program (kept in a comment) and compares with the stdout that
// CPython 3.11.7 printed for it (python3 PROG.py, and the project oracle
// under PYASYNC2GO_CLOCK=virtual, which agree for all of them).

func libInfo(name string, line int) *CoroInfo {
	return &CoroInfo{Name: name, QualName: name, File: "m.py", Line: line}
}

// libRun is asyncio.run(main()) under the virtual clock with fresh global
// state; it returns what the program printed through p.
func libRun(t *testing.T, main func(co *Coro, p func(...any))) string {
	t.Helper()
	return libRunClock(t, true, main)
}

// libRunClock is libRun on the virtual or the real clock.
func libRunClock(t *testing.T, virtual bool, main func(co *Coro, p func(...any))) string {
	t.Helper()
	out, exc := libRunUncaught(virtual, main)
	require.Nil(t, exc, "uncaught exception; output so far:\n%s", out)
	return out
}

// libRunUncaught is libRun for programs that end with an uncaught
// exception, which it returns.
func libRunUncaught(virtual bool, main func(co *Coro, p func(...any))) (string, *py.Exception) {
	resetEventLoopPolicy()
	taskCounter.Store(0)
	unretrieved = nil
	setVirtualClock(virtual)
	defer setVirtualClock(false)
	var out strings.Builder
	p := func(args ...any) {
		parts := make([]string, len(args))
		for i, a := range args {
			parts[i] = libStr(a)
		}
		out.WriteString(strings.Join(parts, " ") + "\n")
	}
	exc := coreTry(func() {
		Run(goCoro(libInfo("main", 1), func(co *Coro) any { main(co, p); return nil }), nil)
	})
	return out.String(), exc
}

// libStr is str() for the values these tests print.
func libStr(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case *py.Exception:
		if x.IsGroup() {
			n := len(x.Exceptions)
			return fmt.Sprintf("%s (%d sub-exception%s)", x.Message, n, map[bool]string{true: "s"}[n > 1])
		}
		return py.ExcStr(x)
	}
	return libRepr(v)
}

// libRepr is repr() for the values these tests print.
func libRepr(v any) string {
	switch x := v.(type) {
	case nil:
		return "None"
	case bool:
		if x {
			return "True"
		}
		return "False"
	case int:
		return strconv.Itoa(x)
	case float64:
		return floatRepr(x)
	case string:
		return "'" + x + "'"
	case *py.Exception:
		if x.IsGroup() {
			members := make([]any, len(x.Exceptions))
			for i, e := range x.Exceptions {
				members[i] = e
			}
			return x.Class.Name + "(" + libRepr(x.Message) + ", " + libRepr(members) + ")"
		}
		args := make([]string, len(x.Args))
		for i, a := range x.Args {
			args[i] = libRepr(a)
		}
		return x.Class.Name + "(" + strings.Join(args, ", ") + ")"
	case *py.List:
		return "[" + libJoin(x.Items) + "]"
	case []any:
		return "[" + libJoin(x) + "]"
	case py.Tuple:
		if len(x) == 1 {
			return "(" + libRepr(x[0]) + ",)"
		}
		return "(" + libJoin(x) + ")"
	}
	return py.Repr(v)
}

func libJoin(items []any) string {
	parts := make([]string, len(items))
	for i, it := range items {
		parts[i] = libRepr(it)
	}
	return strings.Join(parts, ", ")
}

// tryExcept is `try: body() except cls as e: handler(e)`; anything else
// propagates.
func tryExcept(body func(), cls *py.Class, handler func(e *py.Exception)) {
	exc := coreTry(body)
	if exc == nil {
		return
	}
	if !exc.Is(cls) {
		panic(exc)
	}
	handler(exc)
}

// exceptStar is the part of `except* cls` matching eg: a group of the
// matching members, or nil.
func exceptStar(eg *py.Exception, cls *py.Class) *py.Exception {
	var matched []*py.Exception
	for _, e := range eg.Exceptions {
		if e.Is(cls) {
			matched = append(matched, e)
		}
	}
	if matched == nil {
		return nil
	}
	return py.NewGroup(eg.Message, matched)
}

// asyncWith is `async with cm: body()`.
func asyncWith(co *Coro, cm any, body func(v any)) {
	v := AEnter(co, cm)
	exc := coreTry(func() { body(v) })
	if !AExit(co, cm, exc) && exc != nil {
		panic(exc)
	}
}

// awaitAll is `await asyncio.gather(*aws)`.
func awaitAll(co *Coro, aws ...any) any { return co.Await(Gather(aws, false)) }

func TestAsyncContextManagerRejectsOtherValues(t *testing.T) {
	exc := coreTry(func() { AEnter(nil, 5) })
	require.NotNil(t, exc)
	require.True(t, exc.Is(py.TypeError))
	require.Equal(t, "'int' object does not support the asynchronous context manager protocol", py.ExcStr(exc))
}
