// Command bench compares the rt runtime with CPython 3.11 on asyncio
// workloads: `go run ./bench` from the module root (`-only a,b` for some).
//
// Each workload is bench/workloads/NAME.py, a program that runs itself
// RUNS times (its argument), prints each run's wall and CPU seconds on
// stdout and its result (if any) on stderr. It runs as three programs:
// under python3; translated by pyasync2go and built (the generated
// column); and written by hand in Go on rt's API (the "Go on rt" column):
// bench/handwritten/NAME, a program of its own, where it exists (the
// string pipeline, the target for generated code), else the workload's
// function in workloads.go run in a child process of the bench (`bench
// -child NAME`). Every program's stderr must equal CPython's.
//
// Cold is a program run as a user runs it: a fresh process doing one run,
// its whole CPU (user + system, start-up and GC threads included) from
// rusage, the best of -colds processes; the same rusage gives its minor
// page faults, which the bench converts into CPU with the first-touch cost
// it measures (in this VM touching fresh memory costs about 0.7-2.7 ns per
// byte). Warm is the best of runs 2..RUNS inside one process, timed by the
// program itself. After the table come the cost of a bare iter.Pull round
// trip next to one sleep(0) yield, and the memory held per pending task.
// It is a program, not a timed unit test, so that CI never depends on
// machine speed; bench/RESULTS.md records runs.
//
// bench owns only this directory. It uses rt's exported API, the way
// generated programs do, and must not reach into rt's internals or edit rt.
package main
