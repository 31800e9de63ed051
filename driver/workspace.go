package driver

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"go/token"
	"io/fs"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/pyasync2go/pyasync2go/rt"
)

// ModulePath is the runtime's module path. A workspace is a copy of that
// module (rt at its root, rt/py in py/), so programs built in its
// sub-directories import rt and rt/py from it.
const ModulePath = "github.com/pyasync2go/pyasync2go/rt"

// goModFile pins an old language version on purpose: the workspace must build
// with whatever Go toolchain is installed, without downloading another.
const goModFile = "module " + ModulePath + "\n\ngo " + MinGoVersion + "\n"

// readyMarker records which runtime source a workspace holds; a directory
// without it (or with another hash) is (re)filled.
const readyMarker = ".pyasync2go-ready"

// Workspace is a Go module on disk containing the runtime source. Generated
// programs are built in fresh sub-directories of Dir/prog, so concurrent builds
// in the same workspace never see each other's files.
type Workspace struct {
	Dir string
	// Progress, when set, is told about a slow step: it should show msg if
	// the step is still running after the given delay, and clear it when the
	// returned function is called. The CLI sets it only when stderr is a
	// terminal.
	Progress func(msg string, after time.Duration) (done func())

	fresh bool // the runtime was just written: the next build compiles it
}

// BuildError is a failed `go build` of generated code. Generated code is
// supposed to always compile, so this is a bug in pyasync2go, not in the
// user's Python.
type BuildError struct {
	Output string // compiler output
	Kept   string // directory holding the generated source, left for inspection
	Err    error
}

func (e *BuildError) Error() string {
	var b strings.Builder
	b.WriteString("go build of the generated code failed; this is a pyasync2go code generation bug, please report it")
	if e.Kept != "" {
		fmt.Fprintf(&b, " (generated source kept in %s)", e.Kept)
	}
	b.WriteString(":\n")
	b.WriteString(strings.TrimRight(e.Output, "\n"))
	if e.Output == "" && e.Err != nil {
		b.WriteString(e.Err.Error())
	}
	return b.String()
}

func (e *BuildError) Unwrap() error { return e.Err }

// RuntimeHash identifies the embedded runtime source; `pyasync2go version`
// prints it and the default workspace directory is named after it.
func RuntimeHash() (string, error) { return runtimeHash() }

var runtimeHash = sync.OnceValues(func() (string, error) {
	files, err := runtimeFiles()
	if err != nil {
		return "", err
	}
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00", goModFile)
	for _, name := range files {
		data, err := fs.ReadFile(rt.Source(), name)
		if err != nil {
			return "", err
		}
		fmt.Fprintf(h, "%s\x00%d\x00", name, len(data))
		h.Write(data)
	}
	return hex.EncodeToString(h.Sum(nil))[:16], nil
})

// runtimeFiles lists the embedded non-test Go files, sorted.
func runtimeFiles() ([]string, error) {
	var files []string
	err := fs.WalkDir(rt.Source(), ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || !isRuntimeSource(name) {
			return nil
		}
		files = append(files, name)
		return nil
	})
	sort.Strings(files)
	return files, err
}

// isRuntimeSource selects the files of packages rt and rt/py that a program
// build needs: no tests, and not source.go, whose embedded copy of the
// runtime only the CLI uses.
func isRuntimeSource(name string) bool {
	dir := path.Dir(name)
	return (dir == "." || dir == "py") && strings.HasSuffix(name, ".go") &&
		!strings.HasSuffix(name, "_test.go") && name != "source.go"
}

// NewWorkspace returns a workspace in dir, filling it with the runtime source
// if needed. With dir == "" it uses a directory under the user cache named
// after the hash of the embedded runtime, so that Go's build cache keeps the
// compiled runtime across runs and different pyasync2go versions don't mix.
func NewWorkspace(dir string) (*Workspace, error) {
	hash, err := runtimeHash()
	if err != nil {
		return nil, fmt.Errorf("reading the embedded runtime: %w", err)
	}
	if dir == "" {
		base, err := os.UserCacheDir()
		if err != nil || mkdirAll(filepath.Join(base, "pyasync2go")) != nil {
			base = os.TempDir()
		}
		dir = filepath.Join(base, "pyasync2go", "ws-"+hash)
	}
	dir, err = filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	w := &Workspace{Dir: dir}
	if w.fresh, err = w.fill(hash); err != nil {
		return nil, fmt.Errorf("preparing workspace %s: %w", dir, err)
	}
	w.removeAbandonedProgDirs()
	return w, nil
}

// abandonedAfter is how old a program directory must be before it is deemed
// left behind by an interrupted build rather than in use by a concurrent one;
// unusedBinaryAfter is how long a cached binary survives without being run.
const (
	abandonedAfter    = 24 * time.Hour
	unusedBinaryAfter = 7 * 24 * time.Hour
)

// removeAbandonedProgDirs deletes what killed builds left behind, kept
// sources of failed builds once nobody can still be reading them, and cached
// binaries nobody ran for a week.
func (w *Workspace) removeAbandonedProgDirs() {
	for sub, age := range map[string]time.Duration{"prog": abandonedAfter, binCacheDir: unusedBinaryAfter} {
		root := filepath.Join(w.Dir, sub)
		entries, _ := os.ReadDir(root)
		for _, e := range entries {
			if info, err := e.Info(); err == nil && time.Since(info.ModTime()) > age {
				os.RemoveAll(filepath.Join(root, e.Name()))
			}
		}
	}
}

func mkdirAll(dir string) error { return os.MkdirAll(dir, 0o755) }

// fill writes go.mod and the runtime unless the marker says they are there,
// and reports whether it wrote them. Every file is written atomically, and
// concurrent fillers write identical bytes, so racing processes cannot
// observe a half-written file.
func (w *Workspace) fill(hash string) (bool, error) {
	if got, err := os.ReadFile(filepath.Join(w.Dir, readyMarker)); err == nil && string(got) == hash {
		return false, nil
	}
	return true, w.write(hash)
}

func (w *Workspace) write(hash string) error {
	files, err := runtimeFiles()
	if err != nil {
		return err
	}
	want := map[string]bool{}
	for _, name := range files {
		data, err := fs.ReadFile(rt.Source(), name)
		if err != nil {
			return err
		}
		if err := writeAtomic(filepath.Join(w.Dir, filepath.FromSlash(name)), data); err != nil {
			return err
		}
		want[path.Dir(name)+"/"+path.Base(name)] = true
	}
	// A reused explicit directory may hold runtime files a newer runtime dropped.
	for _, sub := range []string{".", "py"} {
		entries, _ := os.ReadDir(filepath.Join(w.Dir, filepath.FromSlash(sub)))
		for _, e := range entries {
			if strings.HasSuffix(e.Name(), ".go") && !want[sub+"/"+e.Name()] {
				if err := os.Remove(filepath.Join(w.Dir, filepath.FromSlash(sub), e.Name())); err != nil {
					return err
				}
			}
		}
	}
	if err := writeAtomic(filepath.Join(w.Dir, "go.mod"), []byte(goModFile)); err != nil {
		return err
	}
	return writeAtomic(filepath.Join(w.Dir, readyMarker), []byte(hash))
}

func writeAtomic(name string, data []byte) error {
	if err := mkdirAll(filepath.Dir(name)); err != nil {
		return err
	}
	if old, err := os.ReadFile(name); err == nil && bytes.Equal(old, data) {
		return nil
	}
	f, err := os.CreateTemp(filepath.Dir(name), ".tmp-"+filepath.Base(name)+"-*")
	if err != nil {
		return err
	}
	_, werr := f.Write(data)
	cerr := f.Close()
	if werr == nil {
		werr = cerr
	}
	if werr == nil {
		werr = os.Chmod(f.Name(), 0o644)
	}
	if werr == nil {
		werr = os.Rename(f.Name(), name)
	}
	if werr != nil {
		os.Remove(f.Name())
	}
	return werr
}

// newProgDir makes a fresh directory for one build; the caller removes it.
func (w *Workspace) newProgDir() (string, error) {
	progRoot := filepath.Join(w.Dir, "prog")
	if err := mkdirAll(progRoot); err != nil {
		return "", err
	}
	return os.MkdirTemp(progRoot, "p")
}

// BuildProgram compiles one generated `package main` program to the binary out.
func (w *Workspace) BuildProgram(goSrc []byte, out string) error {
	dir, err := w.newProgDir()
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "main.go"), goSrc, 0o644); err != nil {
		os.RemoveAll(dir)
		return err
	}
	return w.build(dir, out)
}

// BuildMany compiles several programs into one binary. Each value is Go source
// generated with codegen.Options{Package: key}; the binary runs
// `out KEY [args...]` as that program, with os.Args shifted so the program
// sees KEY as its argv[0] followed by its own arguments.
func (w *Workspace) BuildMany(progs map[string][]byte, out string) error {
	if len(progs) == 0 {
		return errors.New("BuildMany: no programs")
	}
	keys := make([]string, 0, len(progs))
	for key := range progs {
		if !token.IsIdentifier(key) || token.IsKeyword(key) || key == "main" || key == "_" {
			return fmt.Errorf("BuildMany: %q cannot be a Go package name", key)
		}
		keys = append(keys, key)
	}
	sort.Strings(keys)
	dir, err := w.newProgDir()
	if err != nil {
		return err
	}
	rel, err := filepath.Rel(w.Dir, dir)
	if err != nil {
		os.RemoveAll(dir)
		return err
	}
	importBase := ModulePath + "/" + filepath.ToSlash(rel)
	for _, key := range keys {
		if err := mkdirAll(filepath.Join(dir, key)); err != nil {
			os.RemoveAll(dir)
			return err
		}
		// Not key+".go": a key like p_x_386 or p_x_test would make the go tool read the file
		// name as a build constraint or a test file.
		if err := os.WriteFile(filepath.Join(dir, key, "prog.go"), progs[key], 0o644); err != nil {
			os.RemoveAll(dir)
			return err
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "main.go"), dispatcher(importBase, keys), 0o644); err != nil {
		os.RemoveAll(dir)
		return err
	}
	return w.build(dir, out)
}

// dispatcher is the `package main` of a BuildMany binary. Imports are aliased
// so that no program name can collide with fmt, os or sort.
func dispatcher(importBase string, keys []string) []byte {
	var b bytes.Buffer
	b.WriteString("// Code generated by pyasync2go driver.BuildMany. DO NOT EDIT.\n\npackage main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n\t\"sort\"\n\n")
	for _, key := range keys {
		fmt.Fprintf(&b, "\tprog_%s %q\n", key, importBase+"/"+key)
	}
	b.WriteString(")\n\nvar programs = map[string]func() int{\n")
	for _, key := range keys {
		fmt.Fprintf(&b, "\t%q: prog_%s.Main,\n", key, key)
	}
	b.WriteString(`}

func main() {
	if len(os.Args) >= 2 {
		if run, ok := programs[os.Args[1]]; ok {
			os.Args = os.Args[1:]
			os.Exit(run())
		}
	}
	names := make([]string, 0, len(programs))
	for name := range programs {
		names = append(names, name)
	}
	sort.Strings(names)
	fmt.Fprintf(os.Stderr, "usage: %s PROGRAM [args...]\nprograms: %v\n", os.Args[0], names)
	os.Exit(2)
}
`)
	return b.Bytes()
}

// build runs `go build` on the program directory dir and removes dir unless
// the build failed (then the source is kept for the bug report).
func (w *Workspace) build(dir, out string) error {
	absOut, err := filepath.Abs(out)
	if err != nil {
		os.RemoveAll(dir)
		return err
	}
	goTool, err := findGo()
	if err != nil {
		os.RemoveAll(dir)
		return err
	}
	stop := w.slowStep()
	cmd := exec.Command(goTool, "build", "-trimpath", "-o", absOut, ".")
	cmd.Dir = dir
	cmd.Env = goEnv()
	output, err := cmd.CombinedOutput()
	stop()
	if err != nil {
		var exitErr *exec.ExitError
		if !errors.As(err, &exitErr) {
			os.RemoveAll(dir)
			return fmt.Errorf("running %s: %w", goTool, err)
		}
		return &BuildError{Output: string(output), Kept: dir, Err: err}
	}
	w.fresh = false
	return os.RemoveAll(dir)
}

// slowStep tells Progress that a go build starts and returns the function
// that says it ended. The first build in a workspace that was just filled
// compiles the runtime (and, on a cold Go build cache, the standard library),
// which takes up to a minute, so it is announced at once; any other build is
// announced only if it is still running after a second.
func (w *Workspace) slowStep() (stop func()) {
	if w.Progress == nil {
		return func() {}
	}
	if w.fresh {
		return w.Progress("first build in this workspace: compiling the runtime and the Go standard library once (up to a minute); later builds reuse them", 0)
	}
	return w.Progress("building the program (go build)", time.Second)
}

// goEnv makes the build hermetic: the workspace has no dependencies, so the
// module proxy, go.work files and toolchain switching can only do harm.
func goEnv() []string {
	env := os.Environ()
	return append(env,
		"GOFLAGS=-mod=mod",
		"GOPROXY=off",
		"GOWORK=off",
		"GOTOOLCHAIN=local",
		"GO111MODULE=on",
	)
}
