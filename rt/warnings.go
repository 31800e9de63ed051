package rt

import (
	"fmt"
	"io"
	"strings"

	"github.com/pyasync2go/pyasync2go/rt/py"
)

// errOut is where asyncio's logger and the warnings module write (py's
// sys.stderr); tests swap it.
var errOut io.Writer = stderrWriter{}

type stderrWriter struct{}

func (stderrWriter) Write(b []byte) (int, error) {
	py.Stderr.WriteString(string(b))
	return len(b), nil
}

// flushStdout flushes py's buffered sys.stdout.
func flushStdout() { py.FlushStdout() }

func formatException(exc *py.Exception) string { return py.FormatTraceback(exc) }

// logError is asyncio's default exception handler: message lines, then the
// traceback.
func logError(msg string, exc *py.Exception) {
	if l := LoggingGetLogger("asyncio"); l.configured() {
		// The program set up logging: asyncio's logger.error goes through
		// it (its format, level and handlers), as a record of the line in
		// BaseEventLoop.default_exception_handler that logs it.
		if l.disabled || levelError < l.effectiveLevel() {
			return
		}
		rec := newLogRecord("asyncio", levelError, msg, nil, &defaultExceptionHandlerFrame)
		rec.hasExc, rec.exc = exc != nil, exc
		l.handle(rec)
		return
	}
	// logging.lastResort: the message and the traceback on stderr.
	text := msg + "\n"
	if exc != nil {
		text += formatException(exc)
	}
	io.WriteString(errOut, text)
}

// defaultExceptionHandlerFrame is where asyncio logs an error from.
var defaultExceptionHandlerFrame = py.Frame{File: asyncioFile("base_events.py"), Line: 1771, Func: "default_exception_handler"}

// errorContext is the context dict of loop.call_exception_handler, with
// its one object entry ("handle", "task" or "future").
type errorContext struct {
	message string
	exc     *py.Exception
	key     string
	obj     any
	// objRepr overrides repr(obj) in the default log (exit-time reprs).
	objRepr string
}

func (c errorContext) dict() *py.Dict {
	d := py.NewDict()
	d.Set("message", c.message)
	if c.exc != nil {
		d.Set("exception", c.exc)
	}
	if c.key != "" {
		d.Set(c.key, c.obj)
	}
	return d
}

// callExceptionHandler is loop.call_exception_handler: the handler set by
// set_exception_handler, else the default (log to stderr).
func (l *Loop) callExceptionHandler(c errorContext) {
	if l != nil && l.exceptionHandler != nil {
		d := c.dict()
		if e := coreTry(func() { callPy(l.exceptionHandler, []any{l, d}) }); e != nil {
			logError("Unhandled error in exception handler\ncontext: "+py.Repr(d), e)
		}
		return
	}
	msg := c.message
	if c.key != "" {
		r := c.objRepr
		if r == "" {
			r = py.Repr(c.obj)
		}
		msg += "\n" + c.key + ": " + r
	}
	logError(msg, c.exc)
}

// defaultExceptionHandler is loop.default_exception_handler(context).
func defaultExceptionHandler(ctx any) {
	d, ok := ctx.(*py.Dict)
	if !ok {
		panic(py.New(py.TypeError, "context must be a dict"))
	}
	msg, _ := d.Get("message")
	if msg == nil {
		msg = "Unhandled exception in event loop"
	}
	lines := []string{py.Str(msg)}
	keys := reprlibSorted(d.Keys())
	for _, k := range keys {
		if k == "message" || k == "exception" {
			continue
		}
		v, _ := d.Get(k)
		lines = append(lines, py.Str(k)+": "+py.Repr(v))
	}
	var exc *py.Exception
	if e, ok := d.Get("exception"); ok {
		exc, _ = e.(*py.Exception)
	}
	logError(strings.Join(lines, "\n"), exc)
}

// Discard handles an expression statement whose value is dropped: an
// unstarted coroutine warns "was never awaited" (N3), through the warnings
// filters and registry (once per location under the default filters).
func Discard(v any, file string, line int, srcLine string) {
	co, ok := v.(*Coro)
	if !ok || co.state != coroCreated {
		return
	}
	co.state = coroClosed
	if !py.WarnShown(py.RuntimeWarning, fmt.Sprintf("coroutine '%s' was never awaited", co.info.QualName), file, line) {
		return
	}
	// No source line (a program read from stdin): CPython prints none either.
	src := strings.TrimSpace(srcLine)
	if src != "" {
		src = "\n  " + src
	}
	fmt.Fprintf(errOut, "%s:%d: RuntimeWarning: coroutine '%s' was never awaited%s\nRuntimeWarning: Enable tracemalloc to get the object allocation traceback\n",
		file, line, co.info.QualName, src)
}

// emitExitLogs is what CPython's finalizers print at interpreter exit:
// pending tasks of closed loops, then exceptions nobody retrieved (E3; we
// have no refcounting, so every unretrieved exception is reported here).
func emitExitLogs() {
	for _, t := range destroyedPending {
		if t.state == futPending {
			t.loop.callExceptionHandler(errorContext{message: "Task was destroyed but it is pending!", key: "task", obj: t,
				objRepr: "<Task " + strings.Join(t.reprInfo(true), " ") + ">"})
			warnUnstartedAtExit(t)
		}
	}
	destroyedPending = nil
	// Tasks of loops never closed still have live frames: "running at".
	for _, l := range openLoops {
		for _, t := range l.allTasksOf() {
			if t.logDestroyPending {
				l.callExceptionHandler(errorContext{message: "Task was destroyed but it is pending!", key: "task", obj: t})
				warnUnstartedAtExit(t)
			}
		}
	}
	openLoops = nil
	for _, f := range unretrieved {
		if !f.logTraceback {
			continue
		}
		f.logTraceback = false
		kind := "Future"
		if f.task != nil {
			kind = "Task"
		} else if f.className != "" {
			kind = f.className
		}
		f.loop.callExceptionHandler(errorContext{message: kind + " exception was never retrieved", exc: f.exc, key: "future", obj: f.self()})
	}
	unretrieved = nil
	warnAbandonedAtExit()
}

// abandonedCoros are coroutines asyncio.wait refused ("Passing coroutines is
// forbidden"): CPython frees them with the TypeError's traceback, which
// holds wait's frame. Uncaught, that happens at interpreter exit, where they
// warn as never awaited from sys:1; so they do here, unless the program
// awaited them meanwhile. (A program that catches the TypeError sees the
// warning at the end of its handler in CPython, and at exit here.)
var abandonedCoros []*Coro

func abandonCoros(aws []any) {
	for _, aw := range aws {
		if co, ok := aw.(*Coro); ok {
			abandonedCoros = append(abandonedCoros, co)
		}
	}
}

func warnAbandonedAtExit() {
	for _, co := range abandonedCoros {
		warnNeverAwaitedAtExit(co)
	}
	abandonedCoros = nil
}

// warnUnstartedAtExit is the never-awaited warning of a task's coroutine
// that never ran, as the interpreter's teardown reports it.
func warnUnstartedAtExit(t *Task) { warnNeverAwaitedAtExit(t.coro) }

// warnNeverAwaitedAtExit is the interpreter teardown's never-awaited
// warning for co, if it never started.
func warnNeverAwaitedAtExit(co *Coro) {
	if co.state == coroCreated {
		co.state = coroClosed
		if !py.WarnShown(py.RuntimeWarning, fmt.Sprintf("coroutine '%s' was never awaited", co.info.QualName), "sys", 1) {
			return
		}
		fmt.Fprintf(errOut, "sys:1: RuntimeWarning: coroutine '%s' was never awaited\n", co.info.QualName)
	}
}

// pruneUnretrieved keeps the list from growing with retrieved failures.
func pruneUnretrieved() {
	kept := unretrieved[:0]
	for _, f := range unretrieved {
		if f.logTraceback {
			kept = append(kept, f)
		}
	}
	for i := len(kept); i < len(unretrieved); i++ {
		unretrieved[i] = nil
	}
	unretrieved = kept
	unretrievedPruneAt = max(64, 2*len(kept))
}

var unretrievedPruneAt = 64
