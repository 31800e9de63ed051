package codegen_test

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/pyasync2go/pyasync2go/codegen"
	"github.com/pyasync2go/pyasync2go/driver"
	"github.com/pyasync2go/pyasync2go/frontend"
)

// TestDevGenerate prints the Go generated for $CODEGEN_DEV (a .py file);
// a debugging aid, skipped otherwise.
func TestDevGenerate(t *testing.T) {
	path := os.Getenv("CODEGEN_DEV")
	if path == "" {
		t.Skip("set CODEGEN_DEV=file.py")
	}
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	m, diags := frontend.Parse(filepath.Base(path), src)
	for _, d := range diags {
		fmt.Println("frontend:", frontend.Render(d, src))
	}
	if diags.HasErrors() {
		t.FailNow()
	}
	out, diags := codegen.Generate(m, codegen.Options{})
	for _, d := range diags {
		fmt.Println("codegen:", frontend.Render(d, src))
	}
	if os.Getenv("CODEGEN_RUN") == "" {
		fmt.Println(string(out))
		return
	}
	ws, err := driver.NewWorkspace(filepath.Join(os.TempDir(), "codegen-dev-ws"))
	if err != nil {
		t.Fatal(err)
	}
	os.Setenv("PYASYNC2GO_CLOCK", "virtual")
	os.Setenv("TZ", "UTC")
	status, err := ws.Run(out, driver.RunOptions{Stdout: os.Stdout, Stderr: os.Stderr})
	fmt.Println("exit status", status, err)
}
