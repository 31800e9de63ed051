// Package ir owns the program's typed representation and the analyses over
// it: the node set the frontend lowers Python into (ir.go), the static types
// (types.go), the diagnostics every phase reports through (diag.go), and
// whole-program type inference (infer.go).
//
// The IR is the meeting point of the phases, so it must not import frontend,
// codegen or rt: those depend on it, never the other way round. Tests that
// want real Python input parse it through frontend from the external test
// package ir_test.
package ir
