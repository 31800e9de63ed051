package rt

import (
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/pyasync2go/pyasync2go/rt/py"
)

// Main runs a translated program and exits with its status. Like CPython,
// a program ended by an uncaught KeyboardInterrupt dies of SIGINT.
func Main(program func()) {
	UseProgramGC()
	status := RunProgram(program)
	if status == 130 && diedOfInterrupt.Load() {
		signal.Reset(os.Interrupt)
		syscall.Kill(os.Getpid(), syscall.SIGINT)
		time.Sleep(100 * time.Millisecond)
	}
	os.Exit(status)
}

// programGCPercent is the collector's GOGC for a generated program
// (rt.Main): an asyncio program that spawns many tasks grows its heap in
// bursts, and at Go's default of 100 the collector re-marks the whole
// young heap at every doubling (measured: bench spawn_gather spends about
// half its warm CPU in the collector). 200 lets the heap reach three times
// the live data instead of twice; for 100k pending tasks the peak RSS is
// still well under half of CPython's. --package programs share a host
// program's heap, so RunProgram leaves its setting alone.
const programGCPercent = 200

// UseProgramGC applies a generated program's collector setting unless the
// GOGC environment variable chooses one.
func UseProgramGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(programGCPercent)
	}
}

// diedOfInterrupt is set when the program ended with KeyboardInterrupt.
var diedOfInterrupt atomic.Bool

// runnerState is what the SIGINT handler needs of the active asyncio.run.
type runnerState struct {
	loop       *Loop
	main       *Task
	interrupts atomic.Int32
}

var activeRunner atomic.Pointer[runnerState]

// RunProgram runs the module body and returns the exit status: 0, 1 after
// an uncaught exception (traceback on stderr), SystemExit's code, 3 on a
// virtual-clock deadlock, 4 (py.UnsupportedStatus) when py.Unsupported stops it. Buffered stdout is flushed on every way out,
// including SIGINT (status 130, like CPython's KeyboardInterrupt) and
// SIGTERM (143).
func RunProgram(program func()) int {
	initClock()
	startTrace()
	defer finishTrace()
	stop := watchSignals()
	defer stop()
	// The module's frame.
	py.AddDepth(1)
	status, abandoned := runGuarded(program)
	py.AddDepth(-1)
	if !abandoned {
		joinThreadsAtExit()
		emitExitLogs()
	}
	flushStdout()
	return status
}

// runGuarded runs program; abandoned reports a run that did not end the way
// a Python program can (a deadlock, or a py.Unsupported stop), after which
// CPython's exit-time reports (pending tasks, unretrieved exceptions) would
// only describe our interruption, so RunProgram leaves them out.
func runGuarded(program func()) (status int, abandoned bool) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		switch x := r.(type) {
		case deadlockSignal:
			flushStdout()
			io.WriteString(errOut, "deadlock: event loop has nothing to wait for\n")
			status, abandoned = 3, true
		case *py.UnsupportedFeature:
			flushStdout()
			io.WriteString(errOut, x.Error()+"\n")
			status, abandoned = py.UnsupportedStatus, true
		case *py.Exception:
			if x.Is(py.SystemExit) {
				status = systemExitStatus(x)
				return
			}
			// A py-internal raise (IndexError from a subscript) has no traceback yet; the
			// panicking frames are still on the stack here.
			py.AddTraceback(x)
			io.WriteString(errOut, py.FormatException(x))
			status = 1
			if x.Is(py.KeyboardInterrupt) {
				status = 130
				diedOfInterrupt.Store(true)
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

// watchSignals handles Ctrl-C like asyncio.Runner: the first SIGINT during
// asyncio.run cancels the main task (its finally blocks and the shutdown
// sequence run, then KeyboardInterrupt is raised). Any other SIGINT cannot
// be raised inside running Go code, so it flushes stdout, prints the
// exception's last line and dies of SIGINT; SIGTERM flushes stdout and
// dies of SIGTERM.
func watchSignals() func() {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM)
	done := make(chan struct{})
	go func() {
		for {
			select {
			case sig := <-ch:
				if sig == os.Interrupt {
					if rs := activeRunner.Load(); rs != nil && rs.interrupts.Add(1) == 1 {
						var exc *py.Exception
						// The signal goroutine is a thread of its own.
						py.Thread(func() {
							exc = coreTry(func() {
								rs.loop.callSoonThreadsafeGo(func() {
									if !rs.main.Done() {
										rs.main.Cancel(nil)
									}
								}, "Runner._on_sigint()")
							})
						})
						if exc == nil {
							continue
						}
					}
					flushStdout()
					io.WriteString(errOut, "KeyboardInterrupt\n")
					signal.Reset(os.Interrupt)
					syscall.Kill(os.Getpid(), syscall.SIGINT)
					time.Sleep(100 * time.Millisecond)
					os.Exit(130)
				}
				// CPython dies of SIGTERM (default action); we flush first.
				flushStdout()
				signal.Reset(syscall.SIGTERM)
				syscall.Kill(os.Getpid(), syscall.SIGTERM)
				time.Sleep(100 * time.Millisecond)
				os.Exit(143)
			case <-done:
				return
			}
		}
	}()
	return func() {
		signal.Stop(ch)
		close(done)
	}
}
