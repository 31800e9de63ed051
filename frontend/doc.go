// Package frontend turns Python source into the IR (package ir): it parses
// with tree-sitter, reports syntax errors and the errors CPython's compiler
// catches that tree-sitter accepts, rejects constructs the translator does
// not support, builds Python scopes, and resolves references to the supported
// standard-library modules (asyncio, time, random, sys) and to builtins.
//
// It owns frontend/ and testdata/errors/. It must not touch type inference
// (ir.Infer), code generation (codegen) or the runtime (rt): everything it
// knows about the program is handed over through *ir.Module.
package frontend
