package py

import (
	"math"
	"math/big"
	"runtime"
	"strconv"
	"strings"
	"sync/atomic"
)

// CPython's recursion limit. depth counts the Python frames on the stack,
// the module's included, the way CPython 3.11 counts them against
// sys.getrecursionlimit(): every def, lambda and comprehension call enters
// one frame (EnterFrame, and LeaveFrame on the way out, returning or raising), a
// coroutine's frame is on the stack only while it runs (rt enters it for
// each step and leaves it at each suspension), and rt adds the frames of
// the asyncio machinery CPython runs Python code under (asyncio.run,
// run_until_complete, the callback that steps a task).
//
// The counter is one global. Python code runs on one goroutine at a time
// (the loop's, or a coroutine's handed control synchronously), except in
// threads (run_in_executor, to_thread): once the first one starts, every
// update is atomic, so the count stays exact for the loop's stack and only
// adds a thread's frames while they run (CPython counts per thread; a
// thread's depth only matters near the limit).
var (
	depth    int32
	limit    int32 = 1000
	threaded atomic.Bool
)

// EnterFrame is the entry of a Python frame: RecursionError if the limit is
// reached. Generated functions call it first and defer LeaveFrame.
func EnterFrame() {
	// Small enough to inline: the common case is a load, a compare and an
	// increment.
	if threaded.Load() || depth >= limit {
		enterSlow()
		return
	}
	depth++
}

// LeaveFrame is the exit of a Python frame.
func LeaveFrame() {
	if threaded.Load() {
		atomic.AddInt32(&depth, -1)
		return
	}
	depth--
}

func enterSlow() {
	if !threaded.Load() {
		enterFailed()
	}
	if atomic.AddInt32(&depth, 1) > atomic.LoadInt32(&limit) {
		atomic.AddInt32(&depth, -1)
		enterFailed()
	}
}

// enterFailed raises RecursionError for a generated function whose frame
// could not be entered. CPython raises it in the caller, before the new
// frame exists, so the traceback ends at the call: the Go function that
// called EnterFrame (its first statement) is not a Python frame yet.
//
//go:noinline
func enterFailed() {
	e := New(RecursionError, "maximum recursion depth exceeded")
	frames := pythonFrames()
	pcs := make([]uintptr, 8)
	n := runtime.Callers(1, pcs)
	fr := runtime.CallersFrames(pcs[:n])
	for {
		f, more := fr.Next()
		if !strings.Contains(f.Function, "/rt/py.") {
			if k := len(frames); k > 0 && frames[k-1].goFunc == f.Function {
				frames = frames[:k-1]
			}
			break
		}
		if !more {
			break
		}
	}
	e.Traceback = frames
	panic(e)
}

// EnterCoro is EnterFrame for a coroutine's frame, which rt enters before the
// coroutine's code runs: the traceback is the awaiting code's.
func EnterCoro() {
	if threaded.Load() {
		if atomic.AddInt32(&depth, 1) > atomic.LoadInt32(&limit) {
			atomic.AddInt32(&depth, -1)
			recursionError("")
		}
		return
	}
	if depth >= limit {
		recursionError("")
	}
	depth++
}

// EnterRecursive is Py_EnterRecursiveCall for code in rt/py that recurses
// on Python data (repr of nested containers): where is CPython's message
// suffix, e.g. " while getting the repr of an object".
func EnterRecursive(where string) {
	if threaded.Load() {
		if atomic.AddInt32(&depth, 1) > atomic.LoadInt32(&limit) {
			atomic.AddInt32(&depth, -1)
			recursionError(where)
		}
		return
	}
	if depth >= limit {
		recursionError(where)
	}
	depth++
}

func recursionError(where string) {
	Throw(New(RecursionError, "maximum recursion depth exceeded"+where))
}

// Depth is the current frame count.
func Depth() int32 {
	if threaded.Load() {
		return atomic.LoadInt32(&depth)
	}
	return depth
}

// AddDepth adds n frames (negative: removes them) without a limit check:
// rt uses it for asyncio's own frames and to take a suspended coroutine's
// frames off the count until it resumes.
func AddDepth(n int32) {
	if threaded.Load() {
		atomic.AddInt32(&depth, n)
		return
	}
	depth += n
}

// StartThreads switches the counter to atomic updates; rt calls it before
// it starts a goroutine that may run Python code in parallel with the loop.
func StartThreads() { threaded.Store(true) }

// SysGetrecursionlimit is sys.getrecursionlimit().
func SysGetrecursionlimit() any { return int(atomic.LoadInt32(&limit)) }

// SysSetrecursionlimit is sys.setrecursionlimit(n).
func SysSetrecursionlimit(n any) {
	var v int
	switch x := n.(type) {
	case bool:
		if x {
			v = 1
		}
	case int:
		v = x
	case *big.Int:
		panic(New(OverflowError, "Python int too large to convert to C int"))
	default:
		panic(New(TypeError, "'"+TypeName(n)+"' object cannot be interpreted as an integer"))
	}
	if v > math.MaxInt32 || v < math.MinInt32 {
		panic(New(OverflowError, "Python int too large to convert to C int"))
	}
	if v < 1 {
		panic(New(ValueError, "recursion limit must be greater or equal than 1"))
	}
	// CPython counts this call itself as a level of the depth it reports.
	if d := Depth() + 1; int32(v) <= d {
		panic(New(RecursionError, "cannot set the recursion limit to "+strconv.Itoa(v)+
			" at the recursion depth "+strconv.Itoa(int(d))+": the limit is too low"))
	}
	atomic.StoreInt32(&limit, int32(v))
}
