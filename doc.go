// Package pyasync2go is the root of the pyasync2go module: a transpiler from
// Python asyncio programs to Go programs running on the cooperative runtime in
// rt/ that print exactly what CPython 3.11 prints.
//
// The package itself owns only the embedded copy of the runtime source
// (RuntimeFS), which the driver writes into a throwaway Go module so that
// generated programs build offline from any directory. It must not import rt,
// the compiler phases or the driver, since the driver imports it; for the
// same reason the golden tests beside it are an external test package
// (pyasync2go_test).
package pyasync2go
