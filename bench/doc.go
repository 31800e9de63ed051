// Command bench compares the rt runtime with CPython 3.11 on asyncio
// workloads: `go run ./bench` from the module root.
//
// Each workload is bench/workloads/NAME.py, a program that runs itself
// RUNS times (its argument) and prints each run's wall and CPU seconds. It
// runs three ways in the same invocation: under python3; as the same
// program written in Go against package rt the way codegen lowers it
// (workloads.go); and translated by pyasync2go and built (the generated
// column). The first run in a process is "cold" (the heap is new: in this
// VM, first-touch page faults cost about 1.5 ns per byte), the best of the
// others "warm". The command prints a table of CPU times and CPython/rt
// and CPython/generated ratios for both, followed by the cost of a bare
// iter.Pull round trip next to the cost of one sleep(0) yield, and the
// memory held per pending task. It is a program, not a timed
// unit test, so that CI never depends on machine speed; bench/RESULTS.md
// records one run.
//
// bench owns only this directory. It uses rt's exported API, the way
// generated programs do, and must not reach into rt's internals or edit rt.
package main
