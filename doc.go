// Package pyasync2go is the root of the pyasync2go module: a transpiler from
// Python asyncio programs to Go programs running on the cooperative runtime in
// rt/ that print exactly what CPython 3.11 prints.
//
// The runtime (rt, rt/py) is a module of its own, github.com/pyasync2go/pyasync2go/rt,
// with no dependencies, so code generated into a user's module pulls in
// nothing of the compiler; this module requires it, and the checked-in
// go.work points that requirement at ./rt during development. The package
// itself holds no code, only tests: the golden tests (an external test
// package, pyasync2go_test) and the checks that keep the two modules in step.
package pyasync2go
