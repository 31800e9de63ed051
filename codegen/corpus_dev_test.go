package codegen_test

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/pyasync2go/pyasync2go/codegen"
	"github.com/pyasync2go/pyasync2go/frontend"
)

// TestDevCorpus translates every .py in $CODEGEN_CORPUS and lists
// diagnostics; a debugging aid, skipped otherwise.
func TestDevCorpus(t *testing.T) {
	dir := os.Getenv("CODEGEN_CORPUS")
	if dir == "" {
		t.Skip("set CODEGEN_CORPUS=dir")
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.py"))
	for _, f := range files {
		src, _ := os.ReadFile(f)
		m, diags := frontend.Parse(filepath.Base(f), src)
		if diags.HasErrors() {
			fmt.Printf("%s: FRONTEND %s\n", filepath.Base(f), diags[0].Msg)
			continue
		}
		out, diags := codegen.Generate(m, codegen.Options{})
		if diags.HasErrors() {
			for _, d := range diags {
				fmt.Printf("%s:%d: CODEGEN %s\n", filepath.Base(f), d.Pos.Line, d.Msg)
			}
			continue
		}
		if o := os.Getenv("CODEGEN_OUT"); o != "" {
			os.WriteFile(filepath.Join(o, filepath.Base(f)+".go"), out, 0o644)
		}
	}
}
