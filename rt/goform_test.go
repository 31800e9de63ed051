package rt

import (
	"iter"

	"github.com/pyasync2go/pyasync2go/rt/py"
)

// Tests write coroutines as straight-line Go (goCoro) that blocks in
// co.Await and co.Sleep: far easier to read in a test than a state
// machine. Such a coroutine is still a step coroutine to rt: its body runs
// on an iter.Pull coroutine of its own, and each step resumes the body
// until it awaits something that suspends (or finishes).

type goBody struct {
	yield    func(struct{}) bool
	finished bool
	result   any
	// panicked is what the body panicked with (a raised exception).
	panicked any
}

// goBodies maps each running goCoro to its body's goroutine.
var goBodies = map[*Coro]*goBody{}

func goCoro(info *CoroInfo, body func(co *Coro) any) *Coro {
	var g *goBody
	var next func() (struct{}, bool)
	return NewStepCoro(info, func(co *Coro) any {
		if g == nil {
			g = &goBody{}
			goBodies[co] = g
			next, _ = iter.Pull(func(yield func(struct{}) bool) {
				g.yield = yield
				defer func() {
					g.panicked = recover()
					g.finished = true
				}()
				g.result = body(co)
			})
		}
		next()
		if !g.finished {
			return Suspended
		}
		delete(goBodies, co)
		if g.panicked != nil {
			panic(g.panicked)
		}
		return g.result
	})
}

// Await is `await aw` in a goCoro body.
func (co *Coro) Await(aw any) any {
	co.StartAwait(aw)
	return co.block()
}

// Sleep is `await asyncio.sleep(delay)` in a goCoro body.
func (co *Coro) Sleep(delay any) {
	co.StartSleep(delay, nil)
	co.block()
}

// block drives the await in progress, switching back to the step (which
// returns Suspended) each time it suspends.
func (co *Coro) block() any {
	for co.Suspend() {
		if !goBodies[co].yield(struct{}{}) {
			panic("rt test: coroutine abandoned")
		}
	}
	return co.AwaitResult()
}

// AEnter is `await cm.__aenter__()` in a goCoro body.
func AEnter(co *Coro, cm any) any {
	co.StartAEnter(cm)
	return co.block()
}

// AExit is `await cm.__aexit__(...)` in a goCoro body: true swallows exc.
func AExit(co *Coro, cm any, exc *py.Exception) bool {
	co.StartAExit(cm, exc)
	return co.block().(bool)
}
