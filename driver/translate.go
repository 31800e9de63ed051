package driver

import (
	"github.com/pyasync2go/pyasync2go/codegen"
	"github.com/pyasync2go/pyasync2go/frontend"
	"github.com/pyasync2go/pyasync2go/ir"
)

// Translate compiles one Python source file to Go source. It returns every
// diagnostic of every phase that ran; the Go source is nil whenever the
// diagnostics hold an error, because a module with errors must not reach
// codegen (DESIGN.md) and codegen's own errors mean its output is unusable.
func Translate(path string, src []byte, opts codegen.Options) ([]byte, ir.Diagnostics) {
	mod, diags := frontend.Parse(path, src)
	if diags.HasErrors() || mod == nil {
		return nil, diags
	}
	diags = append(diags, ir.Infer(mod)...)
	if diags.HasErrors() {
		return nil, diags
	}
	goSrc, genDiags := codegen.Generate(mod, opts)
	diags = append(diags, genDiags...)
	if diags.HasErrors() {
		return nil, diags
	}
	return goSrc, diags
}
