// Package driver glues the compiler phases together and turns generated Go
// into running programs.
//
// It owns Translate (frontend.Parse → ir.Infer → codegen.Generate) and
// Workspace, a Go module on disk that holds the runtime source embedded in the
// root package plus generated programs in throwaway sub-directories, and the
// `go build` invocations over it. It must not touch the phases' internals: it
// calls only the entry points named in DESIGN.md, and never edits rt/ on disk
// in the repository (the workspace gets its own copy).
package driver
