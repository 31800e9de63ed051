package driver

import (
	"os"

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
	if diags.HasErrors() || mod == nil {
		return nil, diags
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
