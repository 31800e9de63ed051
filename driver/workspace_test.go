package driver

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// helloMain stays off rt: these tests are about building, and the runtime
// has its own tests.
const helloMain = `package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("hello", os.Args[1:])
	if len(os.Args) > 1 && os.Args[1] == "fail" {
		os.Exit(7)
	}
}
`

func libProgram(pkg, greeting string) []byte {
	return []byte(`package ` + pkg + `

import (
	"fmt"
	"os"
)

func Main() int {
	fmt.Println("` + greeting + `", os.Args)
	return len(os.Args)
}
`)
}

func newTestWorkspace(t *testing.T) *Workspace {
	t.Helper()
	w, err := NewWorkspace(t.TempDir())
	require.NoError(t, err)
	return w
}

func TestNewWorkspaceMaterialisesRuntime(t *testing.T) {
	w := newTestWorkspace(t)
	mod, err := os.ReadFile(filepath.Join(w.Dir, "go.mod"))
	require.NoError(t, err)
	assert.Contains(t, string(mod), "module github.com/pyasync2go/pyasync2go/rt\n")
	assert.Contains(t, string(mod), "go 1.24")
	files, err := runtimeFiles()
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, name := range files {
		assert.NotContains(t, name, "_test.go")
		assert.FileExists(t, filepath.Join(w.Dir, filepath.FromSlash(name)))
	}
}

// fresh drives the progress line announcing the first, slow build: only a
// workspace whose runtime was just written gets it, and only until a build
// succeeds.
func TestNewWorkspaceIsFreshUntilItsFirstBuild(t *testing.T) {
	dir := t.TempDir()
	w, err := NewWorkspace(dir)
	require.NoError(t, err)
	assert.True(t, w.fresh)
	var shown []string
	w.Progress = func(msg string, after time.Duration) func() {
		shown = append(shown, fmt.Sprintf("%s after %v", msg, after))
		return func() {}
	}
	require.NoError(t, w.BuildProgram([]byte(helloMain), filepath.Join(t.TempDir(), "p")))
	assert.False(t, w.fresh)
	again, err := NewWorkspace(dir)
	require.NoError(t, err)
	assert.False(t, again.fresh, "a filled workspace is not fresh")
	require.Len(t, shown, 1)
	assert.Regexp(t, `^first build in this workspace: .* after 0s$`, shown[0])
}

func TestWorkspaceResolvesRuntimeImportsToItsOwnCopy(t *testing.T) {
	w := newTestWorkspace(t)
	goTool, err := findGo()
	require.NoError(t, err)
	for pkg, dir := range map[string]string{ModulePath: w.Dir, ModulePath + "/py": filepath.Join(w.Dir, "py")} {
		cmd := exec.Command(goTool, "list", "-e", "-f", "{{.Dir}}", pkg)
		cmd.Dir = w.Dir
		cmd.Env = goEnv()
		out, err := cmd.Output()
		require.NoError(t, err)
		assert.Equal(t, dir, strings.TrimSpace(string(out)))
	}
}

func TestNewWorkspaceDefaultDirIsKeyedByRuntimeHash(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	w1, err := NewWorkspace("")
	require.NoError(t, err)
	w2, err := NewWorkspace("")
	require.NoError(t, err)
	assert.Equal(t, w1.Dir, w2.Dir)
	hash, err := runtimeHash()
	require.NoError(t, err)
	assert.Equal(t, "ws-"+hash, filepath.Base(w1.Dir))
}

func TestNewWorkspaceRemovesStaleRuntimeFiles(t *testing.T) {
	dir := t.TempDir()
	stale := filepath.Join(dir, "py", "gone.go")
	require.NoError(t, os.MkdirAll(filepath.Dir(stale), 0o755))
	require.NoError(t, os.WriteFile(stale, []byte("package py\n"), 0o644))
	_, err := NewWorkspace(dir)
	require.NoError(t, err)
	assert.NoFileExists(t, stale)
}

func TestBuildProgramAndRun(t *testing.T) {
	w := newTestWorkspace(t)
	bin := filepath.Join(t.TempDir(), "hello")
	require.NoError(t, w.BuildProgram([]byte(helloMain), bin))
	out, err := exec.Command(bin, "a", "b").Output()
	require.NoError(t, err)
	assert.Equal(t, "hello [a b]\n", string(out))
	assertNoProgDirsLeft(t, w)
}

func TestRunPassesExitStatusArgsAndArgv0(t *testing.T) {
	w := newTestWorkspace(t)
	var stdout, stderr bytes.Buffer
	status, err := w.Run([]byte(helloMain), RunOptions{Argv0: "m.py", Args: []string{"fail"}, Stdout: &stdout, Stderr: &stderr})
	require.NoError(t, err)
	assert.Equal(t, 7, status)
	assert.Equal(t, "hello [fail]\n", stdout.String())
	assertNoProgDirsLeft(t, w)
}

func TestRunReportsSignalDeathLikeAShell(t *testing.T) {
	w := newTestWorkspace(t)
	src := `package main

import "syscall"

func main() { syscall.Kill(syscall.Getpid(), syscall.SIGTERM); select {} }
`
	status, err := w.Run([]byte(src), RunOptions{})
	require.NoError(t, err)
	assert.Equal(t, 128+15, status)
	exit, err := w.RunExit([]byte(src), RunOptions{})
	require.NoError(t, err)
	assert.Equal(t, ExitStatus{Status: 128 + 15, Signal: syscall.SIGTERM}, exit)
}

func TestBuildManyDispatchesOnFirstArgument(t *testing.T) {
	w := newTestWorkspace(t)
	bin := filepath.Join(t.TempDir(), "many")
	progs := map[string][]byte{
		"alpha": libProgram("alpha", "A"),
		// fmt would collide with the dispatcher's import without aliasing.
		"fmt": libProgram("fmt", "F"),
		// Names the go tool would read as a GOARCH constraint or a test file, were they file names.
		"p_x_386":  libProgram("p_x_386", "X"),
		"p_y_test": libProgram("p_y_test", "Y"),
	}
	require.NoError(t, w.BuildMany(progs, bin))
	for key, want := range map[string]string{"p_x_386": "X [p_x_386]\n", "p_y_test": "Y [p_y_test]\n"} {
		out, err := exec.Command(bin, key).Output()
		var exitErr *exec.ExitError
		require.ErrorAs(t, err, &exitErr, key)
		assert.Equal(t, want, string(out))
	}

	cmd := exec.Command(bin, "alpha", "x", "y")
	out, err := cmd.Output()
	var exitErr *exec.ExitError
	require.ErrorAs(t, err, &exitErr)
	assert.Equal(t, 3, exitErr.ExitCode())
	assert.Equal(t, "A [alpha x y]\n", string(out))

	out, err = exec.Command(bin, "fmt").Output()
	require.ErrorAs(t, err, &exitErr)
	assert.Equal(t, "F [fmt]\n", string(out))

	var stderr bytes.Buffer
	cmd = exec.Command(bin, "nope")
	cmd.Stderr = &stderr
	err = cmd.Run()
	require.ErrorAs(t, err, &exitErr)
	assert.Equal(t, 2, exitErr.ExitCode())
	assert.Contains(t, stderr.String(), "programs: [alpha fmt p_x_386 p_y_test]")
	assertNoProgDirsLeft(t, w)
}

func TestBuildManyRejectsBadPackageNames(t *testing.T) {
	w := newTestWorkspace(t)
	for _, key := range []string{"002_seed", "main", "func", "a-b"} {
		err := w.BuildMany(map[string][]byte{key: libProgram("x", "x")}, filepath.Join(t.TempDir(), "b"))
		assert.ErrorContains(t, err, "cannot be a Go package name", key)
	}
}

func TestBuildErrorBlamesCodegenAndKeepsSource(t *testing.T) {
	w := newTestWorkspace(t)
	err := w.BuildProgram([]byte("package main\n\nfunc main() { undefinedThing() }\n"), filepath.Join(t.TempDir(), "bad"))
	var buildErr *BuildError
	require.ErrorAs(t, err, &buildErr)
	assert.Contains(t, err.Error(), "code generation bug")
	assert.Contains(t, buildErr.Output, "undefinedThing")
	assert.FileExists(t, filepath.Join(buildErr.Kept, "main.go"))
}

func TestConcurrentBuildsShareOneWorkspace(t *testing.T) {
	dir := t.TempDir()
	outDir := t.TempDir()
	var wg sync.WaitGroup
	errs := make([]error, 3)
	for i := range errs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			w, err := NewWorkspace(dir)
			if err == nil {
				err = w.BuildProgram([]byte(helloMain), filepath.Join(outDir, "hello"+string(rune('0'+i))))
			}
			errs[i] = err
		}()
	}
	wg.Wait()
	for _, err := range errs {
		assert.NoError(t, err)
	}
}

func assertNoProgDirsLeft(t *testing.T, w *Workspace) {
	t.Helper()
	entries, err := os.ReadDir(filepath.Join(w.Dir, "prog"))
	require.NoError(t, err)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	assert.Empty(t, names, "left behind: %s", strings.Join(names, " "))
}

// lineSignaller tells the test when the program has printed its first line,
// i.e. when it is running and ready for a signal.
type lineSignaller struct {
	mu    sync.Mutex
	buf   bytes.Buffer
	ready chan struct{}
	once  sync.Once
}

func (l *lineSignaller) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.buf.Write(p)
	if bytes.Contains(l.buf.Bytes(), []byte("\n")) {
		l.once.Do(func() { close(l.ready) })
	}
	return len(p), nil
}

func TestRunForwardsSignalsToTheProgram(t *testing.T) {
	w := newTestWorkspace(t)
	src := `package main

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, syscall.SIGTERM)
	fmt.Println("ready")
	<-sigs
	fmt.Println("flushed on SIGTERM")
	os.Exit(143)
}
`
	bin := filepath.Join(t.TempDir(), "prog")
	require.NoError(t, w.BuildProgram([]byte(src), bin))
	out := &lineSignaller{ready: make(chan struct{})}
	go func() {
		<-out.ready
		// Run has installed its forwarding handler before starting the
		// program, so this does not kill the test binary.
		_ = syscall.Kill(os.Getpid(), syscall.SIGTERM)
	}()
	exit, err := runBinary(bin, RunOptions{Stdout: out, ForwardSignals: true})
	require.NoError(t, err)
	assert.Equal(t, ExitStatus{Status: 143}, exit)
	assert.Equal(t, "ready\nflushed on SIGTERM\n", out.buf.String())
}

func TestRunCachesBinariesBySource(t *testing.T) {
	w := newTestWorkspace(t)
	var out bytes.Buffer
	_, err := w.Run([]byte(helloMain), RunOptions{Stdout: &out})
	require.NoError(t, err)
	entries, err := os.ReadDir(filepath.Join(w.Dir, binCacheDir))
	require.NoError(t, err)
	require.Len(t, entries, 1)
	cached := filepath.Join(w.Dir, binCacheDir, entries[0].Name())
	first, err := os.Stat(cached)
	require.NoError(t, err)

	out.Reset()
	_, err = w.Run([]byte(helloMain), RunOptions{Stdout: &out})
	require.NoError(t, err)
	assert.Equal(t, "hello []\n", out.String())
	again, err := os.Stat(cached)
	require.NoError(t, err)
	assert.True(t, os.SameFile(first, again), "the second run must reuse the binary, not rebuild it")

	_, err = w.Run([]byte(strings.Replace(helloMain, "hello", "bye", 1)), RunOptions{Stdout: &out})
	require.NoError(t, err)
	entries, err = os.ReadDir(filepath.Join(w.Dir, binCacheDir))
	require.NoError(t, err)
	assert.Len(t, entries, 2)
}
