package progtest

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
)

// Case is one program of a suite.
type Case struct {
	Name   string // file base name without its extension; the oracle names its outputs so
	PyPath string // relative to the test's working directory, or absolute
	Key    string // Go package name in the BuildMany binary
}

// PackageKey turns a program name into a Go package name that BuildMany accepts. The "p_" prefix
// keeps names like "select" or "main" from colliding with Go keywords or the dispatcher.
func PackageKey(name string) string {
	var b strings.Builder
	b.WriteString("p_")
	for _, r := range strings.ToLower(name) {
		if r == '_' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
		} else {
			b.WriteByte('_')
		}
	}
	return b.String()
}

// RepoRoot is the repository's root directory, found from this file's own path so that tests
// of any package can reach testdata/.
func RepoRoot() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..")
}

// OraclePath is testdata/oracle.py, which runs CPython under the project's clock contract.
func OraclePath() string { return filepath.Join(RepoRoot(), "testdata", "oracle.py") }

// Python311 reports whether python3 on PATH is CPython 3.11, the only valid oracle.
var Python311 = sync.OnceValue(func() bool {
	out, err := exec.Command("python3", "-c", "import sys; print(sys.implementation.name, *sys.version_info[:2])").Output()
	return err == nil && strings.TrimSpace(string(out)) == "cpython 3 11"
})

// Oracle is one `oracle.py --batch` run over many programs: a single interpreter start-up that
// forks a child per program instead of paying for one start-up each.
type Oracle struct {
	dir  string
	done chan struct{}
	err  error
}

// StartOracle starts the oracle on every case; Result waits for it.
func StartOracle(cases []Case) (*Oracle, error) {
	dir, err := os.MkdirTemp("", "pyasync2go-oracle")
	if err != nil {
		return nil, err
	}
	b := &Oracle{dir: dir, done: make(chan struct{})}
	args := []string{OraclePath(), "--batch", dir, strconv.Itoa(runtime.GOMAXPROCS(0))}
	for _, c := range cases {
		p, err := filepath.Abs(c.PyPath)
		if err != nil {
			return nil, err
		}
		args = append(args, p)
	}
	go func() {
		defer close(b.done)
		cmd := exec.Command("python3", args...)
		cmd.Env = Env()
		if out, err := cmd.CombinedOutput(); err != nil {
			b.err = fmt.Errorf("python3 oracle.py --batch: %v\n%s", err, out)
		}
	}()
	return b, nil
}

// Result waits for the batch and returns the oracle's outcome for c and its full stderr.
func (b *Oracle) Result(c Case) (Outcome, string, error) {
	<-b.done
	if b.err != nil {
		return Outcome{}, "", b.err
	}
	stem := filepath.Join(b.dir, c.Name)
	stdout, err := os.ReadFile(stem + ".stdout")
	if err != nil {
		return Outcome{}, "", err
	}
	stderr, err := os.ReadFile(stem + ".stderr")
	if err != nil {
		return Outcome{}, "", err
	}
	statusText, err := os.ReadFile(stem + ".status")
	if err != nil {
		return Outcome{}, "", err
	}
	status, err := strconv.Atoi(strings.TrimSpace(string(statusText)))
	if err != nil {
		return Outcome{}, "", err
	}
	return Outcome{Stdout: string(stdout), Status: status, Stderr: string(stderr)}, string(stderr), nil
}

// Cleanup waits for the batch and removes its outputs.
func (b *Oracle) Cleanup() {
	<-b.done
	os.RemoveAll(b.dir)
}
