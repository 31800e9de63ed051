package py

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// Implicit exception chaining (__context__), as CPython's C code does it.
//
// CPython keeps, per thread, a chain of "exceptions being handled" (the
// exc_info stack: one item per running generator or coroutine, linked to
// whoever resumed it). Raising an exception sets its __context__ to the
// innermost one (unless it is the exception itself), cutting a cycle if
// the new exception already appears in that chain. A bare `raise` re-raises
// without touching __context__.
//
// Here, an except or finally body runs under Handling, which pushes the
// exception onto the current ExcState. A raise marks the exception fresh
// (Throw, ThrowFrom, New); the first place that recovers it (Try,
// Handling, AddTraceback, or rt's own recovers calling Caught) settles
// __context__ from the innermost exception being handled there. No Handling
// frame lies between a raise and that first recover without having
// recovered it itself, so the state seen there is the state at the raise.
// Plain panic(exc) (bare raise, the implicit re-raise of an unmatched
// exception, propagation out of an awaited coroutine) is not a raise and
// leaves __context__ alone.

// ExcState is one thread of control's stack of exceptions being handled.
// Every coroutine runs on the loop thread's stack (a step at a time), so
// the loop thread has one: a step function keeps what its suspended
// clauses handle in its frame (Handlers) and pushes it only while it runs,
// and a coroutine awaited inline starts its own part (EnterCoroutine).
type ExcState struct {
	handling []*Exception
}

var (
	// excCur is the loop thread's current state. Worker threads (Thread)
	// never touch it.
	excCur = &ExcState{}
	// threadsRunning counts worker threads; while it is 0 every caller is
	// the loop thread, and no goroutine id is needed.
	threadsRunning atomic.Int32
	threadStates   sync.Map // goroutine id -> *ExcState
)

// Thread runs body as a Python thread of its own (a worker goroutine that
// runs Python code in parallel with the loop): what it handles is its own,
// as each CPython thread has its own exc_info.
func Thread(body func()) {
	threadsRunning.Add(1)
	id := goroutineID()
	threadStates.Store(id, &ExcState{})
	defer func() {
		threadStates.Delete(id)
		threadsRunning.Add(-1)
	}()
	body()
}

// excState is the caller's current state.
func excState() *ExcState {
	if threadsRunning.Load() != 0 {
		if s, ok := threadStates.Load(goroutineID()); ok {
			return s.(*ExcState)
		}
	}
	return excCur
}

// goroutineID parses the running goroutine's id from its stack header. It
// is slow (microseconds), so it is only asked while worker threads run.
func goroutineID() uint64 {
	var buf [32]byte
	n := runtime.Stack(buf[:], false)
	var id uint64
	for _, c := range buf[len("goroutine "):n] {
		if c < '0' || c > '9' {
			break
		}
		id = id*10 + uint64(c-'0')
	}
	return id
}

// handled is the innermost exception being handled, or nil. Nil entries
// are coroutine boundaries (EnterCoroutine) and hold nothing.
func (s *ExcState) handled() *Exception {
	for i := len(s.handling) - 1; i >= 0; i-- {
		if e := s.handling[i]; e != nil {
			return e
		}
	}
	return nil
}

// ownHandled is what the innermost coroutine itself is handling: the
// entries above the last boundary (CPython's gi_exc_state of that
// coroutine), or nil.
func (s *ExcState) ownHandled() *Exception {
	if n := len(s.handling); n > 0 {
		return s.handling[n-1]
	}
	return nil
}

// EnterCoroutine marks the start of a coroutine body run inline on the
// current goroutine (await of a coroutine object): what the body handles
// is its own, as each CPython coroutine has its exc_info. It returns the
// depth to give to LeaveCoroutine.
func EnterCoroutine() int {
	s := excState()
	s.handling = append(s.handling, nil)
	return len(s.handling) - 1
}

// LeaveCoroutine ends the coroutine body EnterCoroutine began. exc is the
// exception escaping it (nil: none), and throwing says the running step
// began with an exception thrown into the task: CPython's gen.throw()
// then goes through every awaiting coroutine, and each one that is itself
// handling an exception re-chains whatever comes out of the one it awaits
// to that (_PyErr_ChainStackItem in gen_send_ex).
func LeaveCoroutine(depth int, exc *Exception, throwing bool) {
	s := excState()
	if exc != nil {
		AddTraceback(exc) // settles a fresh raise while the body's state is current
	}
	s.handling = s.handling[:depth]
	if exc != nil && throwing {
		if own := s.ownHandled(); own != nil {
			chainContext(exc, own)
		}
	}
}

// ThrowIn raises exc at the suspension point of a coroutine it is thrown
// into (a task resumed with an exception): it chains to what that
// coroutine itself is handling, if anything, and is not a fresh raise.
func ThrowIn(exc *Exception) {
	exc.fresh = false
	if own := excState().ownHandled(); own != nil {
		chainContext(exc, own)
	}
	panic(withTraceback(exc))
}

// Caught settles the __context__ of a freshly raised exception where it is
// first recovered. Call it from every deferred function that recovers a
// Python exception (Try, Handling and AddTraceback do).
func Caught(e *Exception) {
	if e == nil || !e.fresh {
		return
	}
	e.fresh = false
	chainContext(e, excState().handled())
}

// ChainContext is raising e inside an except clause handling ctx, for rt
// code that mirrors such a clause of CPython's asyncio (say wait_for's
// `raise TimeoutError from exc`): e's __context__ is settled to ctx. It
// returns e.
func ChainContext(e, ctx *Exception) *Exception {
	e.fresh = false
	chainContext(e, ctx)
	return e
}

// chainContext is _PyErr_SetObject's chaining: nothing when ctx is nil or
// e itself; otherwise a link back to e in ctx's chain is cut first, so no
// cycle forms (Floyd's algorithm keeps a pre-existing cycle from hanging).
func chainContext(e, ctx *Exception) {
	if ctx == nil || ctx == e {
		return
	}
	o, slow, toggle := ctx, ctx, false
	for o.Context != nil {
		if o.Context == e {
			o.Context = nil
			break
		}
		o = o.Context
		if o == slow {
			break // a cycle that does not contain e
		}
		if toggle {
			slow = slow.Context
		}
		toggle = !toggle
	}
	e.Context = ctx
}

// Handling runs an except/finally handler body while exc is being
// handled: an exception raised inside it gets exc as __context__, which is
// what produces "During handling of the above exception...".
func Handling(exc *Exception, body func()) {
	if exc == nil {
		body()
		return
	}
	s := excState()
	n := len(s.handling)
	s.handling = append(s.handling, exc)
	defer func() {
		r := recover()
		if e, ok := r.(*Exception); ok {
			AddTraceback(e) // settles __context__ while exc is still handled
		}
		s.handling[n] = nil
		s.handling = s.handling[:n]
		if r != nil {
			panic(r)
		}
	}()
	body()
}

// threadObjects maps a worker goroutine to its Python thread object (rt's
// threading.Thread), for threading.current_thread().
var threadObjects sync.Map

// ThreadAs is Thread for a worker with a Python thread object: CurrentThread
// returns obj while body runs.
func ThreadAs(obj any, body func()) {
	id := goroutineID()
	threadObjects.Store(id, obj)
	defer threadObjects.Delete(id)
	Thread(body)
}

// CurrentThread is the thread object ThreadAs gave the calling goroutine,
// or nil on the loop (main) thread.
func CurrentThread() any {
	if threadsRunning.Load() == 0 {
		return nil
	}
	v, _ := threadObjects.Load(goroutineID())
	return v
}
