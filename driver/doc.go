// Package driver glues the compiler phases together and turns generated Go
// into running programs.
//
// It owns Translate (frontend.Parse → ir.Infer → codegen.Generate, then the
// runtime header and, for --runtime-dir, the retargeted runtime imports),
// VendorRuntime, and Workspace: a copy on disk of the runtime module, written
// from rt.Source(), with generated programs in throwaway sub-directories, and
// the `go build` invocations over it. It must not touch the phases'
// internals: it calls only the entry points named in DESIGN.md, and never
// edits rt/ on disk in the repository (the workspace gets its own copy).
package driver
