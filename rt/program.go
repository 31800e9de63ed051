package rt

import (
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/pyasync2go/pyasync2go/rt/py"
)

// Main runs a translated program and exits with its status.
func Main(program func()) { os.Exit(RunProgram(program)) }

// RunProgram runs the module body and returns the exit status: 0, 1 after
// an uncaught exception (traceback on stderr), SystemExit's code, 3 on a
// virtual-clock deadlock. Buffered stdout is flushed on every way out,
// including SIGINT (status 130, like CPython's KeyboardInterrupt) and
// SIGTERM (143).
func RunProgram(program func()) int {
	initClock()
	stop := watchSignals()
	defer stop()
	status, deadlocked := runGuarded(program)
	if !deadlocked {
		emitExitLogs()
	}
	flushStdout()
	return status
}

func runGuarded(program func()) (status int, deadlocked bool) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		switch x := r.(type) {
		case deadlockSignal:
			flushStdout()
			io.WriteString(errOut, "deadlock: event loop has nothing to wait for\n")
			status, deadlocked = 3, true
		case *py.Exception:
			if x.Is(py.SystemExit) {
				status = systemExitStatus(x)
				return
			}
			io.WriteString(errOut, formatException(x))
			status = 1
			if x.Is(py.KeyboardInterrupt) {
				status = 130
			}
		default:
			flushStdout()
			panic(r)
		}
	}()
	program()
	return 0, false
}

// systemExitStatus mirrors Py_Exit's handling of SystemExit.code.
func systemExitStatus(e *py.Exception) int {
	if len(e.Args) == 0 {
		return 0
	}
	switch c := e.Args[0].(type) {
	case nil:
		return 0
	case int:
		return c & 0xff
	case bool:
		if c {
			return 1
		}
		return 0
	}
	fmt.Fprintln(errOut, py.Str(e.Args[0]))
	return 1
}

// watchSignals makes Ctrl-C and SIGTERM flush stdout before the process
// dies; the loop cannot be interrupted mid-callback from another goroutine,
// so the KeyboardInterrupt traceback is reduced to its last line.
func watchSignals() func() {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM)
	done := make(chan struct{})
	go func() {
		select {
		case sig := <-ch:
			flushStdout()
			if sig == os.Interrupt {
				io.WriteString(errOut, "KeyboardInterrupt\n")
				os.Exit(130)
			}
			os.Exit(143)
		case <-done:
		}
	}()
	return func() {
		signal.Stop(ch)
		close(done)
	}
}
