package rt

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/pyasync2go/pyasync2go/rt/py"
)

// errOut is where asyncio's logger and the warnings module write; tests
// swap it.
var errOut io.Writer = os.Stderr

// flushStdout flushes py's buffered stdout before the program exits.
var flushStdout = func() {}

// formatException renders a traceback; it falls back to a minimal form
// until py.FormatException is available.
var formatException = func(exc *py.Exception) string {
	var b strings.Builder
	if len(exc.Traceback) > 0 {
		b.WriteString("Traceback (most recent call last):\n")
		for _, f := range exc.Traceback {
			fmt.Fprintf(&b, "  File \"%s\", line %d, in %s\n", f.File, f.Line, f.Func)
		}
	}
	b.WriteString(exc.Class.QualifiedName())
	if s := py.ExcStr(exc); s != "" {
		b.WriteString(": " + s)
	}
	b.WriteString("\n")
	return b.String()
}

// logError is asyncio's default exception handler: message lines, then the
// traceback.
func logError(msg string, exc *py.Exception) {
	text := msg + "\n"
	if exc != nil {
		text += formatException(exc)
	}
	io.WriteString(errOut, text)
}

var warnedLocations = map[string]bool{}

// Discard handles an expression statement whose value is dropped: an
// unstarted coroutine warns "was never awaited" (N3), once per location.
func Discard(v any, file string, line int, srcLine string) {
	co, ok := v.(*Coro)
	if !ok || co.state != coroCreated {
		return
	}
	co.state = coroClosed
	key := fmt.Sprintf("%s:%d", file, line)
	if warnedLocations[key] {
		return
	}
	warnedLocations[key] = true
	fmt.Fprintf(errOut, "%s:%d: RuntimeWarning: coroutine '%s' was never awaited\n  %s\nRuntimeWarning: Enable tracemalloc to get the object allocation traceback\n",
		file, line, co.info.QualName, strings.TrimSpace(srcLine))
}

// emitExitLogs is what CPython's finalizers print at interpreter exit:
// pending tasks of closed loops, then exceptions nobody retrieved (E3; we
// have no refcounting, so every unretrieved exception is reported here).
func emitExitLogs() {
	for _, t := range destroyedPending {
		if t.state == futPending {
			fmt.Fprintf(errOut, "Task was destroyed but it is pending!\ntask: <Task %s>\n", strings.Join(t.reprInfo(true), " "))
		}
	}
	destroyedPending = nil
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
		logError(fmt.Sprintf("%s exception was never retrieved\nfuture: %s", kind, f.PyRepr()), f.exc)
	}
	unretrieved = nil
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
