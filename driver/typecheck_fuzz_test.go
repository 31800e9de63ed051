package driver_test

import (
	"bufio"
	"bytes"
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/pyasync2go/pyasync2go/codegen"
	"github.com/pyasync2go/pyasync2go/driver"
)

// exportData maps import paths to the compiler's export data files for the runtime and
// everything it imports, so go/types checks generated programs in-process (milliseconds a
// program) instead of building them. It is filled once by `go list -export -deps`; a package
// generated code imports that is not there yet is listed on demand.
type exportData struct {
	mu    sync.Mutex
	files map[string]string
}

func (e *exportData) list(t testing.TB, patterns ...string) {
	t.Helper()
	args := append([]string{"list", "-export", "-deps", "-f", "{{.ImportPath}}={{.Export}}"}, patterns...)
	out, err := exec.Command("go", args...).Output()
	if err != nil {
		var stderr []byte
		if ee, ok := err.(*exec.ExitError); ok {
			stderr = ee.Stderr
		}
		t.Fatalf("go %s: %v\n%s", strings.Join(args, " "), err, stderr)
	}
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		if path, file, ok := strings.Cut(sc.Text(), "="); ok && file != "" {
			e.files[path] = file
		}
	}
}

func (e *exportData) importer(t testing.TB, fset *token.FileSet) types.Importer {
	return importer.ForCompiler(fset, "gc", func(path string) (io.ReadCloser, error) {
		e.mu.Lock()
		file, ok := e.files[path]
		if !ok {
			e.list(t, path)
			file, ok = e.files[path]
		}
		e.mu.Unlock()
		if !ok {
			return nil, fmt.Errorf("no export data for %s", path)
		}
		return os.Open(file)
	})
}

var runtimeExports = sync.OnceValue(func() *exportData { return &exportData{files: map[string]string{}} })

// loadRuntimeExports lists the runtime's export data once. Compiling it can take a minute
// on a loaded machine, so FuzzTranslate does it before its per-input watchdog starts.
func loadRuntimeExports(t testing.TB) *exportData {
	e := runtimeExports()
	e.mu.Lock()
	if len(e.files) == 0 {
		e.list(t, driver.ModulePath+"/...")
	}
	e.mu.Unlock()
	return e
}

// typeCheck reports the type errors of one generated Go file, nil if it compiles.
func typeCheck(t testing.TB, goSrc []byte) error {
	e := loadRuntimeExports(t)
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, "main.go", goSrc, parser.SkipObjectResolution)
	if err != nil {
		return err
	}
	var errs []string
	conf := types.Config{
		Importer: e.importer(t, fset),
		Error: func(err error) {
			if len(errs) < 10 {
				errs = append(errs, err.Error())
			}
		},
	}
	if _, err := conf.Check("main", fset, []*ast.File{file}, nil); err != nil && len(errs) == 0 {
		errs = append(errs, err.Error())
	}
	if len(errs) > 0 {
		return fmt.Errorf("%s", strings.Join(errs, "\n"))
	}
	return nil
}

// FuzzTranslate: whatever Python it is given, Translate never panics, and when it returns Go
// without errors that Go type-checks (DESIGN.md: the tool never writes Go that fails to compile).
// The seed corpus is every program of the golden suite and the tricky programs; `go test` checks
// those, `go test -fuzz FuzzTranslate ./driver` mutates them.
func FuzzTranslate(f *testing.F) {
	var seeds []string
	for _, pattern := range []string{"../testdata/py/*.py", "../../shared/tricky/*.py", "../testdata/errors/*.py"} {
		matches, err := filepath.Glob(pattern)
		if err != nil {
			f.Fatal(err)
		}
		seeds = append(seeds, matches...)
	}
	if len(seeds) == 0 {
		f.Fatal("no seed programs found")
	}
	for _, p := range seeds {
		src, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(src)
	}
	loadRuntimeExports(f)
	f.Fuzz(func(t *testing.T, src []byte) {
		watchdog := time.AfterFunc(20*time.Second, func() { panic(fmt.Sprintf("Translate hangs on %q", src)) })
		defer watchdog.Stop()
		goSrc, diags := driver.Translate("fuzz.py", src, codegen.Options{})
		if diags.HasErrors() {
			if goSrc != nil {
				t.Fatal("Go source returned alongside errors")
			}
			for _, d := range diags {
				if strings.HasPrefix(d.Msg, "internal error") {
					t.Fatalf("internal error: %s", d.Msg)
				}
			}
			return
		}
		if err := typeCheck(t, goSrc); err != nil {
			t.Fatalf("generated Go does not type-check:\n%v\n--- Python\n%s", err, src)
		}
	})
}

// TestTypeCheckCatchesErrors: the in-process check behind FuzzTranslate sees the runtime's real
// API, so a generated call to something rt lacks is an error.
func TestTypeCheckCatchesErrors(t *testing.T) {
	ok := "package main\n\nimport \"" + driver.ModulePath + "/py\"\n\nfunc main() { py.Print(1) }\n"
	if err := typeCheck(t, []byte(ok)); err != nil {
		t.Fatal(err)
	}
	bad := strings.Replace(ok, "py.Print", "py.NoSuchFunction", 1)
	if err := typeCheck(t, []byte(bad)); err == nil || !strings.Contains(err.Error(), "NoSuchFunction") {
		t.Fatalf("want an undefined-name error, got %v", err)
	}
}
