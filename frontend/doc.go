// Package frontend turns Python source into the IR (package ir): it parses
// with tree-sitter, reports syntax errors and the errors CPython's compiler
// catches that tree-sitter accepts, rejects constructs the translator does
// not support, builds Python scopes, and resolves references to the supported
// standard-library modules and to builtins, as the surface registry lists
// them (package surface).
// Annotations are hints that translated programs never evaluate, so they may
// use typing (and asyncio classes the runtime lacks); those names are errors
// anywhere else, and an annotation CPython would evaluate must not compute
// anything or name an undefined variable.
//
// It owns frontend/ and testdata/errors/ (and, in package ir, walk.go and
// the ClassDef node). It must not touch type inference (ir.Infer), code
// generation (codegen) or the runtime (rt): everything it knows about the
// program is handed over through *ir.Module.
//
// Pipeline inside Parse: encoding checks (NUL bytes, UTF-8, BOM) → tree-sitter
// parse → flattenTree copies the C tree into Go nodes in one cgo call →
// syntaxErrors (a CPython-like token scan for strings and brackets, then
// tree-sitter ERROR/MISSING nodes) → lowering (statements, expressions,
// literals; scopes are recorded as it goes) → resolveScopes (locals, free
// variables, globals, builtins) → resolveLibrary (module aliases become
// ModuleRef/LibAttr/AsyncCall/LibCall, builtins BuiltinCall).
//
// Dump renders a module's IR compactly; the parser tests compare against it.
package frontend
