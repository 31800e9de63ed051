package py

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestTracebackOracle(t *testing.T) {
	defer func(s map[string][]string, n map[string]map[int]string, d map[string][]int) {
		sources, frameNames, defLines = s, n, d
	}(sources, frameNames, defLines)
	run := func(scenario int, src string, defs map[int]string) func() string {
		return func() string {
			sources, frameNames, defLines = map[string][]string{}, map[string]map[int]string{}, map[string][]int{}
			RegisterSource("m.py", src)
			for line, name := range defs {
				RegisterFrameName("m.py", line, name)
			}
			exc := Try(func() { program(scenario) })
			if exc == nil {
				return "no exception"
			}
			return FormatException(exc)
		}
	}
	checkCases(t, []oracleCase{
		c("tb:"+tbSource1, run(1, tbSource1, map[int]string{1: "bad", 4: "outer"})),
		c("tb:"+tbSource2, run(2, tbSource2, map[int]string{1: "f"})),
		c("tb:"+tbSource3, run(3, tbSource3, map[int]string{1: "f"})),
		c("tb:"+tbSource4, run(4, tbSource4, map[int]string{1: "f"})),
		c("tb:"+tbSource5, run(5, tbSource5, map[int]string{1: "f"})),
		c("tb:"+tbSource6, run(6, tbSource6, map[int]string{2: "f"})),
		c("tb:"+tbSource7, run(7, tbSource7, map[int]string{1: "f"})),
	})
}

func TestExceptionLastLines(t *testing.T) {
	last := func(e *Exception) func() string {
		return func() string { return formatExceptionOnly(e) }
	}
	user := NewClass("MyError", "__main__", Exception_)
	checkCases(t, []oracleCase{
		c(`exec:import traceback; out = traceback.format_exception_only(ValueError('x'))[-1]`, last(New(ValueError, "x"))),
		c(`exec:import traceback; out = traceback.format_exception_only(KeyError('k'))[-1]`, last(New(KeyError, "k"))),
		c(`exec:import traceback; out = traceback.format_exception_only(ValueError())[-1]`, last(New(ValueError))),
		c(`exec:import traceback, asyncio; out = traceback.format_exception_only(asyncio.CancelledError('bye'))[-1]`, last(New(CancelledError, "bye"))),
		c(`exec:import traceback, asyncio; out = traceback.format_exception_only(asyncio.InvalidStateError('Result is not set.'))[-1]`, last(New(InvalidStateError, "Result is not set."))),
		c(`exec:import traceback; out = traceback.format_exception_only(TimeoutError())[-1]`, last(New(TimeoutError))),
		c(`exec:import traceback
class MyError(Exception): pass
out = traceback.format_exception_only(MyError('m', 2))[-1]`, last(New(user, "m", 2))),
		c(`exec:import traceback; out = traceback.format_exception_only(ExceptionGroup('unhandled errors in a TaskGroup', [ValueError('b')]))[-1]`,
			last(New(ExceptionGroup, "unhandled errors in a TaskGroup", L(New(ValueError, "b"))))),
		c(`exec:import traceback; out = traceback.format_exception_only(SystemExit('bye'))[-1]`, last(New(SystemExit, "bye"))),
	})
}

func TestSplit(t *testing.T) {
	eg := New(ExceptionGroup, "eg", L(New(ValueError, 1), New(TypeError, 2), New(ExceptionGroup, "inner", L(New(ValueError, 3), New(KeyError, 4)))))
	match, rest := eg.Split(ValueError)
	r := func(e *Exception) func() string { return func() string { return Repr(excOrNone(e)) } }
	checkCases(t, []oracleCase{
		c(`exec:eg = ExceptionGroup('eg', [ValueError(1), TypeError(2), ExceptionGroup('inner', [ValueError(3), KeyError(4)])]); out = repr(eg.split(ValueError)[0])`, r(match)),
		c(`exec:eg = ExceptionGroup('eg', [ValueError(1), TypeError(2), ExceptionGroup('inner', [ValueError(3), KeyError(4)])]); out = repr(eg.split(ValueError)[1])`, r(rest)),
		c(`exec:
try:
    raise ValueError(1)
except* ValueError as e:
    out = repr(e)`, func() string { m, _ := New(ValueError, 1).Split(ValueError); return Repr(m) }),
		c(`exec:eg = ExceptionGroup('eg', [ValueError(1)]); out = repr(eg.split((KeyError, TypeError)))`, func() string {
			m, r := New(ExceptionGroup, "eg", L(New(ValueError, 1))).Split(T(KeyError, TypeError))
			return Repr(T(excOrNone(m), excOrNone(r)))
		}),
	})
	assert.Equal(t, "catching ExceptionGroup with except* is not allowed. Use except instead.",
		ExcStr(Try(func() { New(ValueError, 1).Split(T(KeyError, BaseExceptionGroup)) })))
	m, rst := New(KeyError, "x").Split(ValueError)
	assert.Nil(t, m)
	assert.Equal(t, "KeyError('x')", Repr(rst))
	assert.True(t, ExcMatches(New(ExceptionGroup, "g", L(New(ValueError))), Exception_), "ExceptionGroup is an Exception")
}

func TestExitCode(t *testing.T) {
	for _, tc := range []struct {
		exc  *Exception
		code int
		msg  string
	}{
		{New(SystemExit), 0, ""},
		{New(SystemExit, nil), 0, ""},
		{New(SystemExit, 3), 3, ""},
		{New(SystemExit, "bye"), 1, "bye"},
		{New(SystemExit, true), 1, ""},
	} {
		code, msg := ExitCode(tc.exc)
		assert.Equal(t, tc.code, code, Repr(tc.exc))
		assert.Equal(t, tc.msg, msg, Repr(tc.exc))
	}
}

// Everything below carries line directives so the frames look like the
// Python programs in the tb: cases; it must stay at the end of the file,
// since a directive applies to the rest of the file.

const tbSource1 = `def bad():
    raise ValueError("x")

def outer():
    bad()

outer()
`

func tbBad()   { /*line m.py:2*/ Throw(New(ValueError, "x")) }
func tbOuter() { /*line m.py:5*/ tbBad() }

const tbSource2 = `def f():
    try:
        raise KeyError("k")
    except KeyError as e:
        raise ValueError("v") from e

f()
`

func tbFrom() {
	exc := Try(func() {
		/*line m.py:3*/ Throw(New(KeyError, "k"))
	})
	if exc.Is(KeyError) {
		Handling(exc, func() { /*line m.py:5*/ ThrowFrom(New(ValueError, "v"), exc) })
	}
}

const tbSource3 = `def f():
    try:
        int("x")
    except ValueError:
        raise RuntimeError("during")

f()
`

func tbDuring() {
	exc := Try(func() {
		/*line m.py:3*/ CallBuiltin("int", []any{"x"}, nil)
	})
	if exc.Is(ValueError) {
		Handling(exc, func() { /*line m.py:5*/ Throw(New(RuntimeError, "during")) })
	}
}

const tbSource4 = `def f():
    try:
        raise KeyError("k")
    except KeyError:
        raise RuntimeError("no context") from None

f()
`

func tbFromNone() {
	exc := Try(func() {
		/*line m.py:3*/ Throw(New(KeyError, "k"))
	})
	Handling(exc, func() { /*line m.py:5*/ ThrowFrom(New(RuntimeError, "no context"), nil) })
}

const tbSource5 = `def f():
    raise ExceptionGroup("unhandled errors in a TaskGroup", [ValueError("b"), KeyError("c")])

f()
`

func tbGroup() {
	/*line m.py:2*/ Throw(New(ExceptionGroup, "unhandled errors in a TaskGroup", L(New(ValueError, "b"), New(KeyError, "c"))))
}

const tbSource6 = `import asyncio
def f():
    raise asyncio.CancelledError("bye")

f()
`

func tbCancelled() { /*line m.py:3*/ Throw(New(CancelledError, "bye")) }

const tbSource7 = `def f(n):
    if n == 0:
        raise ValueError()
    f(n - 1)

f(6)
`

func tbRecurse(n int) {
	if n == 0 {
		/*line m.py:3*/ Throw(ValueError)
	}
	/*line m.py:4*/ tbRecurse(n - 1)
}

// program plays the module body of the scenario.
func program(scenario int) {
	switch scenario {
	case 1:
		/*line m.py:7*/ tbOuter()
	case 2, 3, 4:
		fns := map[int]func(){2: tbFrom, 3: tbDuring, 4: tbFromNone}
		/*line m.py:7*/ fns[scenario]()
	case 5:
		/*line m.py:4*/ tbGroup()
	case 6:
		/*line m.py:5*/ tbCancelled()
	case 7:
		/*line m.py:6*/ tbRecurse(6)
	}
}

// A loop body's range-over-func closure inside a try closure inside a
// step function ("pyMain.func1.1-range1") is a piece of the Python
// function the outer Go function is: goNamed must see through the
// unprefixed nested closure number.
func TestGoNamedSeesThroughNestedClosures(t *testing.T) {
	for sym, want := range map[string]string{
		"main.pyMain.func1.1-range1":           "pyMain",
		"main.pyMain.func1.1.2":                "pyMain",
		"main.pyMain.load.func6-range2":        "load",
		"example.com/x/prog.program.func3.1.1": "program",
	} {
		named, closure := goNamed(sym)
		if named != want || !closure {
			t.Errorf("goNamed(%q) = %q, %v; want %q, true", sym, named, closure, want)
		}
	}
}
