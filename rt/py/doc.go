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
package py
