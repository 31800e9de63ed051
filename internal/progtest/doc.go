// Package progtest is the one harness that builds and runs programs for the project's
// tests: the golden suite, the end-to-end tests of codegen, the robustness suite, the
// program generator, the value differential test and the divergence repros all go
// through it.
//
// It owns:
//   - the run environment (the virtual clock, TZ=UTC, and the variables that would change
//     output stripped): Env;
//   - running a command with a time limit into an Outcome (stdout, stderr, exit status):
//     Run;
//   - the CPython oracle (testdata/oracle.py), run once for a whole batch of programs:
//     StartOracle;
//   - translating programs and building them into one BuildMany binary, leaving out the
//     programs that do not translate or compile so one bug does not hide the rest: Build
//     and BuildGo;
//   - comparing two outcomes: Diff (whole stdout, status and stderr, byte for byte).
package progtest
