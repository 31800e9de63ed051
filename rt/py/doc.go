// Package py is the Python value layer of pyasync2go: what CPython's
// objects do, for the values generated Go code manipulates (None, bool, int
// with big.Int promotion, float, str, list, tuple, dict, set, range,
// functions, exceptions), their repr/str/format output byte for byte,
// dynamic operators and method dispatch, the builtins, tracebacks, and the
// random and sys modules.
//
// It owns no scheduling: tasks, futures, loops and time live in package rt,
// which builds on this package. py must import nothing but the Go standard
// library, and must not know about rt's types except through the object
// protocol interfaces in object.go (Object, AttrGetter, Callable, ...).
//
// Tracebacks come from runtime.Callers: frames whose file ends in ".py" or is
// "<stdin>" (generated code carries line directives) are Python frames. Go closures
// that are pieces of one Python function (try bodies run by Try/Handling,
// comprehension and loop closures) fold into that function's frame, and
// frames are named through RegisterFrameName (def line -> Python name) and
// codegen's identifier mapping, so inlining does not confuse them. Source
// lines come from RegisterSource. Code that recovers a Python exception
// itself (rt's task steps) calls AddTraceback in its deferred recover so
// exceptions raised inside py (KeyError from GetItem, ...) get frames too.
//
// Implicit exception chaining (__context__) is excinfo.go: except and
// finally bodies push the handled exception (Handling), and the first
// recover of a fresh raise sets its context, as CPython's C code does at
// the raise.
//
// Set displays: NewSet orders the table as CPython does for a display of
// constants (more than two constants become a frozenset constant);
// NewSetAdded is BUILD_SET, for displays with non-constant items.
//
// What CPython takes from the C library (pow for float **, and exp, log, ...
// for the math module) comes from libm*.go: Go ports of glibc 2.36's code
// that return the C library's bits (internal/libmcheck compares them with it).
//
// Tests are table tests against CPython: every expression in c(`...`)
// cases is evaluated by testdata/gen_cases.py into testdata/cases.json.
package py

//go:generate sh -c "python3 testdata/gen_tables.py | gofmt > pytables.go"
