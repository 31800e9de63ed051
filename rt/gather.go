package rt

import (
	"strings"

	"github.com/pyasync2go/pyasync2go/rt/py"
)

// gatheringFuture is tasks._GatheringFuture: cancel() cancels the children
// instead of the future itself, which only finishes once they all have.
type gatheringFuture struct {
	Future
	children        []*Future
	cancelRequested bool
}

func (g *gatheringFuture) Cancel(msg any) bool {
	if g.Done() {
		return false
	}
	ret := false
	for _, child := range g.children {
		if child.Cancel(msg) {
			ret = true
		}
	}
	if ret {
		g.cancelRequested = true
	}
	return ret
}

func (g *gatheringFuture) PyRepr() string {
	return "<_GatheringFuture " + strings.Join(g.reprInfo(), " ") + ">"
}

const gatherDoneCallbackDesc = "gather.<locals>._done_callback() at " + cpythonLib + "/asyncio/tasks.py:764"

// Gather is asyncio.gather(*aws, return_exceptions=...). The result is the
// gathering future's embedded *Future, which dispatches cancel() and repr()
// to the gathering future (semantics G1-G6).
func Gather(aws []any, returnExceptions bool) *Future {
	if len(aws) == 0 {
		outer := GetEventLoop().CreateFuture()
		outer.SetResult(py.NewList())
		return outer
	}
	g := &gatheringFuture{}
	var loop *Loop
	nfinished := 0
	// Arguments are de-duplicated by identity. A coroutine's duplicate is
	// found through the task this call wrapped it in (its number is newer
	// than any before the call); other awaitables go through a map.
	firstNumber := taskCounter.Load()
	var argToFut map[any]*Future
	unique := 0
	children := make([]*Future, 0, len(aws))
	var doneCB *futCallback
	done := func(fut *Future) {
		nfinished++
		// Children already done when gather() was called report through
		// call_soon, so g is complete by the time any callback runs.
		if g.Done() {
			if !fut.Cancelled() {
				fut.exceptionNoCheck()
			}
			return
		}
		if !returnExceptions {
			if fut.Cancelled() {
				g.setExceptionPlain(fut.makeCancelledError())
				return
			}
			if exc := fut.exceptionNoCheck(); exc != nil {
				g.setExceptionPlain(exc)
				return
			}
		}
		if nfinished != unique {
			return
		}
		results := make([]any, len(children))
		for i, child := range children {
			switch {
			case child.Cancelled():
				msg := child.cancelMessage
				if msg == nil {
					msg = ""
				}
				results[i] = py.New(py.CancelledError, msg)
			case child.exceptionNoCheck() != nil:
				results[i] = child.exc
			default:
				results[i] = child.result
			}
		}
		if g.cancelRequested {
			g.setExceptionPlain(fut.makeCancelledError())
		} else {
			g.setResultPlain(py.NewList(results...))
		}
	}
	for _, arg := range aws {
		var fut *Future
		seen := false
		var key any
		if c, ok := arg.(*Coro); ok {
			if w := c.wrapper; w != nil && w.number > firstNumber && w.coro == c {
				fut, seen = &w.Future, true
			}
		} else {
			key = gatherKey(arg)
			if argToFut == nil {
				argToFut = map[any]*Future{}
			}
			fut, seen = argToFut[key]
		}
		if !seen {
			fut = ensureFutureOn(loop, arg)
			if loop == nil {
				loop = fut.loop
			}
			if fut.task != nil && fut.task.coro == arg {
				fut.task.logDestroyPending = false
			}
			if key != nil {
				argToFut[key] = fut
			}
			unique++
			// One callback value serves every child: it is only ever
			// compared by identity within one future's list.
			if doneCB == nil {
				doneCB = &futCallback{goFn: done, desc: gatherDoneCallbackDesc}
			}
			fut.addCallback(doneCB)
		}
		children = append(children, fut)
	}
	g.loop = loop
	g.outer = g
	g.className = "_GatheringFuture"
	g.children = children
	return &g.Future
}

// gatherKey is the identity gather de-duplicates arguments by: the same
// coroutine, task or future passed twice shares one child.
func gatherKey(arg any) any {
	switch x := arg.(type) {
	case futureLike:
		return x.futureOf()
	case *Coro:
		return x
	}
	// Not awaitable (ensureFutureOn raises for it) and maybe not a valid
	// map key, like a tuple: never equal to anything else.
	return new(byte)
}

// ensureFutureOn is tasks._ensure_future(aw, loop=loop): coroutines become
// tasks of loop (the current event loop when nil).
func ensureFutureOn(loop *Loop, aw any) *Future {
	switch x := aw.(type) {
	case futureLike:
		f := x.futureOf()
		if loop != nil && f.loop != loop {
			panic(py.New(py.ValueError, "The future belongs to a different loop than the one specified as the loop argument"))
		}
		return f
	case *Coro:
		if loop == nil {
			loop = GetEventLoop()
		}
		return &loop.CreateTask(x, nil).Future
	}
	if isUserAwaitable(aw) {
		if loop == nil {
			loop = GetEventLoop()
		}
		return &loop.CreateTask(wrapAwaitable(aw), nil).Future
	}
	panic(py.New(py.TypeError, "An asyncio.Future, a coroutine or an awaitable is required"))
}
