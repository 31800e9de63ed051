// Package pyasync2go is the root of the pyasync2go module: a transpiler from
// Python asyncio programs to Go programs running on the cooperative runtime in
// rt/ that print exactly what CPython 3.11 prints.
//
// This package owns only the embedded copy of the runtime source (RuntimeFS),
// which the driver writes into a throwaway Go module so that generated
// programs build offline from any directory. It must not import rt, the
// compiler phases or the driver: they import it.
package pyasync2go
