package progtest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"syscall"
	"time"
)

// RunEnv is the environment of both the oracle and the generated programs: the virtual clock
// makes time-dependent output reproducible, TZ pins strftime/localtime.
var RunEnv = []string{"PYASYNC2GO_CLOCK=virtual", "TZ=UTC"}

// outputChangingVars would make a run differ from the recorded output: another epoch, zone or
// clock mode, or CPython debug/warning/encoding/path settings.
var outputChangingVars = regexp.MustCompile(`^(PYASYNC2GO_\w*|TZ|PYTHON(ASYNCIODEBUG|DEVMODE|WARNINGS|TRACEMALLOC|IOENCODING|UTF8|OPTIMIZE|INSPECT|PATH|HOME|STARTUP|SAFEPATH))=`)

// Env is the process environment minus the variables that change output, plus RunEnv.
func Env() []string {
	var env []string
	for _, kv := range os.Environ() {
		if !outputChangingVars.MatchString(kv) {
			env = append(env, kv)
		}
	}
	return append(env, RunEnv...)
}

// CaseTimeout bounds one run: every program of the suites finishes in well under a second, so
// the limit only turns a hang into a failure that names the program.
const CaseTimeout = 60 * time.Second

// Outcome is what one run printed and how it ended.
type Outcome struct {
	Stdout string
	Status int
	Stderr string // all of it, byte for byte
}

// Run runs a command in dir with Env and returns its outcome and stderr; a run that cannot be
// started or exceeds CaseTimeout is an error.
func Run(name string, args []string, dir string) (Outcome, string, error) {
	return RunWith(Env(), name, args, dir)
}

// RunWith is Run with an explicit environment.
func RunWith(env []string, name string, args []string, dir string) (Outcome, string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), CaseTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir = dir
	cmd.Env = env
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if ctx.Err() != nil {
		return Outcome{}, stderr.String(), fmt.Errorf("%s %s: killed after %v", name, strings.Join(args, " "), CaseTimeout)
	}
	status := 0
	if err != nil {
		var exitErr *exec.ExitError
		if !errors.As(err, &exitErr) {
			return Outcome{}, stderr.String(), err
		}
		status = exitErr.ExitCode()
		if ws, ok := exitErr.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			status = 128 + int(ws.Signal()) // as a shell reports it
		}
	}
	return Outcome{Stdout: stdout.String(), Status: status, Stderr: stderr.String()}, stderr.String(), nil
}

// LastLine is the last line of s, ignoring the final newline.
func LastLine(s string) string {
	s = strings.TrimRight(s, "\n")
	if i := strings.LastIndexByte(s, '\n'); i >= 0 {
		return s[i+1:]
	}
	return s
}
