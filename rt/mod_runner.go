package rt

import "github.com/pyasync2go/pyasync2go/rt/py"

// Runner is asyncio.Runner(*, debug=None, loop_factory=None) (3.11): a loop
// kept across several run() calls, closed by close() or the with block.
type Runner struct {
	state string // created, initialized, closed
	loop  *Loop
	// ctx is the context every run() task runs in: one copy, made when
	// the runner starts, shared by all its runs (as CPython passes
	// context=self._context to create_task).
	ctx *Context
}

// NewRunner is asyncio.Runner(*, debug=None, loop_factory=None).
func NewRunner(debug, loopFactory any) *Runner {
	if loopFactory != nil {
		py.Unsupported("asyncio.Runner(loop_factory=...)")
	}
	return &Runner{state: "created"}
}

func (r *Runner) lazyInit() {
	switch r.state {
	case "closed":
		panic(py.New(py.RuntimeError, "Runner is closed"))
	case "initialized":
		return
	}
	r.loop = NewEventLoop()
	SetEventLoop(r.loop)
	r.ctx = currentContext().copy()
	r.state = "initialized"
}

// Run is runner.run(coro).
func (r *Runner) Run(coro any) any {
	c, ok := coro.(*Coro)
	if !ok {
		panic(py.New(py.ValueError, "a coroutine was expected, got "+py.Repr(coro)))
	}
	if runningLoop.Load() != nil {
		panic(py.New(py.RuntimeError, "Runner.run() cannot be called from a running event loop"))
	}
	r.lazyInit()
	var result any
	py.AddDepth(1)
	defer py.AddDepth(-1)
	task := r.loop.CreateTask(c, nil)
	task.sharedCtx = r.ctx
	rs := &runnerState{loop: r.loop, main: task}
	activeRunner.Store(rs)
	defer activeRunner.Store(nil)
	result = r.loop.runUntilComplete(task, runFrames[1:])
	return result
}

// Close is runner.close().
func (r *Runner) Close() {
	if r.state != "initialized" {
		return
	}
	l := r.loop
	r.loop, r.state = nil, "closed"
	runnerClose(l)
}

func (r *Runner) PyType() string       { return "Runner" }
func (r *Runner) PyTypeModule() string { return "asyncio.runners" }
func (r *Runner) PyRepr() string {
	return "<asyncio.runners.Runner object at " + objectAddress(r) + ">"
}
func (r *Runner) PyEnter() any              { r.lazyInit(); return r }
func (r *Runner) PyExit(*py.Exception) bool { r.Close(); return false }

func (r *Runner) PyGetAttr(name string) (any, bool) {
	switch name {
	case "run":
		return py.NewMethod(name, r, func(a []any, kw []py.KW) any {
			for _, k := range kw {
				if k.Name == "context" {
					py.Unsupported("Runner.run(context=...)")
				}
			}
			need(a, 1, "run")
			return r.Run(a[0])
		}), true
	case "close":
		return py.NewMethod(name, r, func(a []any, kw []py.KW) any { noArgs(name, a, kw); r.Close(); return nil }), true
	case "get_loop":
		return py.NewMethod(name, r, func(a []any, kw []py.KW) any { noArgs(name, a, kw); r.lazyInit(); return r.loop }), true
	}
	return nil, false
}
