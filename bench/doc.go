// Command bench compares the rt runtime with CPython 3.11 on asyncio
// workloads: `go run ./bench` from the module root.
//
// Each workload exists twice, as bench/workloads/NAME.py (run with python3,
// printing its own elapsed seconds) and as the same program written in Go
// against package rt (workloads.go). Both run in the same invocation and the
// command prints a table of times and CPython/rt ratios, followed by the
// cost of a bare iter.Pull round trip next to the cost of one sleep(0)
// yield, and the memory held per pending task. It is a program, not a timed
// unit test, so that CI never depends on machine speed; bench/RESULTS.md
// records one run.
//
// bench owns only this directory. It uses rt's exported API, the way
// generated programs do, and must not reach into rt's internals or edit rt.
package main
