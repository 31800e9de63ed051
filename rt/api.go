package rt

import (
	"context"
	"fmt"
	"sync"

	"github.com/pyasync2go/pyasync2go/rt/py"
)

// The typed Go API of a `--package NAME --api` translation (DESIGN.md,
// "Typed Go API"). A process hosts one Python interpreter: the modules of
// every generated API package are imported into it and run on one event
// loop, served forever by a goroutine of its own. Go callers never run
// Python code themselves: each call is queued on that loop thread-safely
// (call_soon_threadsafe), an async function becomes a task there, and
// concurrent Go calls are concurrent tasks, exactly as concurrent
// asyncio.create_task calls would be. So module globals, the frame counter
// and the exception state, which rt keeps per process and per loop thread,
// are only ever touched by the loop goroutine, as in a translated program.
//
// The API loop runs on the real clock whatever PYASYNC2GO_CLOCK says: its
// callers live in real time (context deadlines), and an idle loop waits for
// them rather than declaring a deadlock. A process that serves an API
// cannot also run a translated program's Main (one running loop per
// process, as in CPython's main thread).

// Module is one imported Python module of an API package: its body runs on
// the API loop at the first call into the package.
type Module struct {
	file    string
	body    func()
	once    sync.Once
	initErr error
}

// NewModule declares the module translated from file; body runs its
// top-level statements.
func NewModule(file string, body func()) *Module {
	return &Module{file: file, body: body}
}

// PythonError is a Python exception that left a call through the API.
// Use errors.As(err, &pyErr) to read it.
type PythonError struct {
	// Type is the exception's class as a traceback's last line names it:
	// "ValueError", "KeyError", "asyncio.exceptions.CancelledError", or a
	// user class's name.
	Type string
	// Message is str() of the exception ("" when it has no arguments).
	Message string
	// Traceback is what CPython would print for it uncaught: the
	// "Traceback (most recent call last):" text with chained exceptions,
	// ending with the Type: Message line.
	Traceback string
}

// Error is the traceback's last line: "ValueError: bad value".
func (e *PythonError) Error() string {
	if e.Message == "" {
		return e.Type
	}
	return e.Type + ": " + e.Message
}

// newPythonError describes exc; it runs on the loop goroutine, since str()
// of an exception may run Python code (a user __str__).
func newPythonError(exc *py.Exception) *PythonError {
	return &PythonError{
		Type:      exc.Class.QualifiedName(),
		Message:   py.ExcStr(exc),
		Traceback: py.FormatException(exc),
	}
}

// apiCall is one call waiting for the loop. err and the caller's result are
// written on the loop goroutine before done is closed; task and
// cancelRequested are only touched there.
type apiCall struct {
	done            chan struct{}
	err             error
	task            *Task
	cancelRequested bool
}

// apiHost is the process's API loop.
type apiHost struct {
	once sync.Once
	loop *Loop
	mu   sync.Mutex
	// dead is why the loop stopped serving for good (a SystemExit or
	// KeyboardInterrupt out of a task, or a py.Unsupported stop).
	dead    error
	pending map[*apiCall]struct{}
}

var host apiHost

// start launches the loop goroutine once.
func (h *apiHost) start() {
	h.once.Do(func() {
		// Before the loop exists: a loop's timer heap takes the clock mode
		// at creation.
		setVirtualClock(false)
		h.pending = map[*apiCall]struct{}{}
		h.loop = NewEventLoop()
		go h.serve()
	})
}

// serve runs the loop until something ends it for good, then fails every
// call still waiting. A Python loop.stop() merely ends one run_forever, so
// it is run again.
func (h *apiHost) serve() {
	err := func() (err error) {
		defer func() {
			switch x := recover().(type) {
			case *py.Exception:
				err = fmt.Errorf("the Python event loop stopped: %w", newPythonError(x))
			case *py.UnsupportedFeature:
				err = x
			default:
				// A Go panic is a pyasync2go bug: crash loudly, as a
				// translated program would.
				panic(x)
			}
		}()
		for {
			h.loop.RunForever()
		}
	}()
	py.FlushStdout()
	h.mu.Lock()
	defer h.mu.Unlock()
	h.dead = err
	for c := range h.pending {
		c.err = err
		close(c.done)
	}
	clear(h.pending)
}

// submit queues fn on the loop; c (if any) is failed should the loop die
// before fn completes it.
func (h *apiHost) submit(c *apiCall, fn func()) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.dead != nil {
		return h.dead
	}
	if c != nil {
		h.pending[c] = struct{}{}
	}
	h.loop.callSoonThreadsafeGo(fn, "pyasync2go API call")
	return nil
}

// complete ends c (on the loop goroutine): stdout is flushed so what the
// call printed is out before the caller goes on.
func (h *apiHost) complete(c *apiCall) {
	py.FlushStdout()
	h.mu.Lock()
	delete(h.pending, c)
	h.mu.Unlock()
	close(c.done)
}

// ready imports the module (runs its body on the loop) at the first call.
// A body that raises leaves the module unusable, as a failed import does.
func (m *Module) ready() error {
	m.once.Do(func() {
		host.start()
		c := &apiCall{done: make(chan struct{})}
		err := host.submit(c, func() {
			// The module's own frame, as RunProgram counts it.
			py.AddDepth(1)
			exc := apiTry(m.body)
			py.AddDepth(-1)
			if exc != nil {
				c.err = fmt.Errorf("importing %s: %w", m.file, newPythonError(exc))
			}
			host.complete(c)
		})
		if err == nil {
			<-c.done
			err = c.err
		}
		m.initErr = err
	})
	return m.initErr
}

// apiTry runs Python code called from Go, recovering the exception it
// raises with the frames it was raised in (py's own raises record none).
func apiTry(fn func()) (exc *py.Exception) {
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(*py.Exception)
			if !ok {
				panic(r)
			}
			py.AddTraceback(e)
			exc = e
		}
	}()
	fn()
	return nil
}

// CallSync calls a Python function (call makes the call) on the API loop
// and converts its result with conv there. A sync function cannot be
// interrupted: ctx only keeps it from starting.
func CallSync[T any](m *Module, ctx context.Context, name string, call func() any, conv func(any) (T, error)) (T, error) {
	return apiCallOn(m, ctx, name, false, call, conv)
}

// CallAsync calls an async def (call returns its coroutine) as a new task
// on the API loop and converts its result with conv there. Cancelling ctx
// cancels the task (CancelledError inside); the call returns once the task
// is done, with ctx.Err() if it ended cancelled, or with what it returned
// or raised if it caught the cancellation.
func CallAsync[T any](m *Module, ctx context.Context, name string, call func() any, conv func(any) (T, error)) (T, error) {
	return apiCallOn(m, ctx, name, true, call, conv)
}

func apiCallOn[T any](m *Module, ctx context.Context, name string, async bool, call func() any, conv func(any) (T, error)) (T, error) {
	var out T
	if err := m.ready(); err != nil {
		return out, err
	}
	if err := ctx.Err(); err != nil {
		return out, err
	}
	c := &apiCall{done: make(chan struct{})}
	finish := func(v any, exc *py.Exception) {
		if exc != nil {
			c.err = newPythonError(exc)
		} else {
			var err error
			if out, err = conv(v); err != nil {
				c.err = fmt.Errorf("%s: result: %w", name, err)
			}
		}
		host.complete(c)
	}
	err := host.submit(c, func() {
		if err := ctx.Err(); err != nil {
			c.err = err
			host.complete(c)
			return
		}
		var v any
		exc := apiTry(func() { v = call() })
		co, isCoro := v.(*Coro)
		if exc != nil || !async || !isCoro {
			finish(v, exc)
			return
		}
		c.task = host.loop.CreateTask(co, nil)
		c.task.addDoneCallbackFunc(func(f *Future) {
			if f.Cancelled() {
				cexc := f.makeCancelledError()
				if c.cancelRequested {
					c.err = ctx.Err()
					host.complete(c)
					return
				}
				finish(nil, cexc)
				return
			}
			finish(f.result, f.exceptionNoCheck())
		}, "pyasync2go API call")
	})
	if err != nil {
		return out, err
	}
	select {
	case <-c.done:
	case <-ctx.Done():
		// The call may have finished meanwhile; the loop decides. If the
		// loop died, c is already failed.
		_ = host.submit(nil, func() {
			if c.task != nil && !c.task.Done() {
				c.cancelRequested = true
				c.task.Cancel(nil)
			}
		})
		<-c.done
	}
	return out, c.err
}
