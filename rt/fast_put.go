package rt

import "github.com/pyasync2go/pyasync2go/rt/py"

// PutTarget is the `q.put` of `await q.put(item)` looked up before the item
// is evaluated, as CPython's LOAD_METHOD does: the queue itself when q is a
// *Queue (whose put no attribute can shadow), else the bound method q's
// attribute gives. It lets a step coroutine take the Queue fast path on a
// dynamically typed q whose item is an expression (an f-string, a call)
// that codegen cannot emit twice, once per branch of a type test.
type PutTarget struct {
	q *Queue
	m any
}

// PutMethod looks up q.put.
func PutMethod(q any) PutTarget {
	if qq, ok := q.(*Queue); ok {
		return PutTarget{q: qq}
	}
	return PutTarget{m: py.GetAttr(q, "put")}
}

// StartPut begins `await q.put(item)` for the target PutMethod looked up.
func (co *Coro) StartPut(t PutTarget, item any) {
	if t.q != nil {
		co.StartQueuePut(t.q, item)
		return
	}
	co.StartAwait(py.Call(t.m, []any{item}, nil))
}
