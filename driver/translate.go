package driver

import (
	"os"
	"strings"

	"github.com/pyasync2go/pyasync2go/codegen"
	"github.com/pyasync2go/pyasync2go/frontend"
	"github.com/pyasync2go/pyasync2go/ir"
)

// Translate compiles one Python source file to Go source. It returns every
// diagnostic of every phase that ran; the Go source is nil whenever the
// diagnostics hold an error, because a module with errors must not reach
// codegen (DESIGN.md) and codegen's own errors mean its output is unusable.
//
// The output imports the runtime module (ModulePath) and says in its header
// which version it needs.
func Translate(path string, src []byte, opts codegen.Options) ([]byte, ir.Diagnostics) {
	return TranslateTo(path, src, opts, ModulePath)
}

// TranslateTo is Translate for a module that takes the runtime from
// runtimeImport: a directory written by VendorRuntime.
func TranslateTo(path string, src []byte, opts codegen.Options, runtimeImport string) ([]byte, ir.Diagnostics) {
	mod, diags := frontend.Parse(path, src)
	if mod == nil {
		return nil, diags
	}
	if diags.HasErrors() {
		return nil, laterDiagnostics(mod, opts, diags)
	}
	diags = append(diags, ir.Infer(mod)...)
	if diags.HasErrors() {
		return nil, diags
	}
	if os.Getenv("PYASYNC2GO_DYNAMIC") == "1" {
		// Tests (and anyone comparing) force the all-dynamic form.
		opts.Dynamic = true
	}
	goSrc, genDiags := codegen.Generate(mod, opts)
	diags = append(diags, genDiags...)
	if diags.HasErrors() {
		return nil, diags
	}
	goSrc, err := Retarget(goSrc, runtimeImport)
	if err != nil {
		return nil, append(diags, ir.Diagnostic{File: path, Severity: ir.Error, Msg: "internal error: " + err.Error()})
	}
	return goSrc, diags
}

// laterDiagnostics adds to the frontend's errors those type inference and
// codegen report for the rest of the module, so one run names every
// unsupported construct (a rejected class does not hide what its body
// holds). Only after a syntax error is the IR too partial for that. The
// later phases see IR the frontend rejected parts of: a diagnostic on a
// line that already has one is a consequence, one without a position
// (codegen's guard for a break outside a loop) repeats a frontend error,
// an internal error or a panic means the partial IR confused them: all
// are left out. They follow the frontend's, whose first error stays the
// first reported (CPython's compile errors are the frontend's).
func laterDiagnostics(mod *ir.Module, opts codegen.Options, diags ir.Diagnostics) ir.Diagnostics {
	if mod.SyntaxErrors {
		return diags
	}
	lines := map[int]bool{}
	for _, d := range diags {
		lines[d.Pos.Line] = true
	}
	var more ir.Diagnostics
	func() {
		defer func() {
			if recover() != nil {
				more = nil
			}
		}()
		more = ir.Infer(mod)
		_, genDiags := codegen.Generate(mod, opts)
		more = append(more, genDiags...)
	}()
	for _, d := range more {
		if d.Severity != ir.Error || d.Pos.Line == 0 || lines[d.Pos.Line] || strings.HasPrefix(d.Msg, "internal error") {
			continue
		}
		lines[d.Pos.Line] = true
		diags = append(diags, d)
	}
	return diags
}
