package rt

import (
	"time"

	"github.com/pyasync2go/pyasync2go/rt/py"
)

// ThreadBarrier is threading.Barrier(parties, action=None, timeout=None),
// threading.py's state machine over a Condition.
type ThreadBarrier struct {
	cond    *ThreadCondition
	action  any
	timeout any
	parties int
	state   int // 0 filling, 1 draining, -1 resetting, -2 broken
	count   int
}

// ThreadingBarrier is threading.Barrier(parties, action=None, timeout=None).
func ThreadingBarrier(parties, action, timeout any) *ThreadBarrier {
	n := toInt(parties) // 3.11 accepts parties < 1 (3.13 rejects them)
	return &ThreadBarrier{cond: ThreadingCondition(ThreadingLock()), action: action, timeout: timeout, parties: n}
}

func brokenBarrier() *py.Exception { return py.New(py.ThreadingBrokenBarrierError) }

func (b *ThreadBarrier) wait(timeout any) int {
	if timeout == nil {
		timeout = b.timeout
	}
	b.cond.lock.acquire(true, -1)
	defer b.cond.lock.release()
	for b.state == -1 || b.state == 1 {
		b.cond.wait(-1)
	}
	if b.state < 0 {
		panic(brokenBarrier())
	}
	index := b.count
	b.count++
	defer func() {
		b.count--
		if b.count == 0 && (b.state == -1 || b.state == 1) {
			b.state = 0
			b.cond.notifyAll()
		}
	}()
	if index+1 == b.parties {
		if b.action != nil {
			if exc := coreTry(func() { py.Call(b.action, nil, nil) }); exc != nil {
				b.breakLocked()
				panic(exc)
			}
		}
		b.state = 1
		b.cond.notifyAll()
		return index
	}
	d := timeoutArg(timeout, "wait")
	var deadline time.Time
	if d >= 0 {
		deadline = time.Now().Add(d)
	}
	for b.state == 0 {
		wait := time.Duration(-1)
		if d >= 0 {
			if wait = time.Until(deadline); wait <= 0 {
				break
			}
		}
		b.cond.wait(wait)
	}
	if b.state == 0 {
		b.breakLocked()
		panic(brokenBarrier())
	}
	if b.state < 0 {
		panic(brokenBarrier())
	}
	return index
}

func (b *ThreadBarrier) breakLocked() {
	b.state = -2
	b.cond.notifyAll()
}

func (c *ThreadCondition) notifyAll() { c.notify(int(^uint(0) >> 1)) }

func (b *ThreadBarrier) PyType() string       { return "Barrier" }
func (b *ThreadBarrier) PyTypeModule() string { return "threading" }
func (b *ThreadBarrier) PyRepr() string {
	return "<threading.Barrier object at " + objectAddress(b) + ">"
}

func (b *ThreadBarrier) PyGetAttr(name string) (any, bool) {
	locked := func(fn func() any) any {
		b.cond.lock.acquire(true, -1)
		defer b.cond.lock.release()
		return fn()
	}
	switch name {
	case "wait":
		return py.NewMethod(name, b, func(a []any, kw []py.KW) any { return b.wait(kwArg(a, kw, 0, "timeout")) }), true
	case "reset":
		return py.NewMethod(name, b, func(a []any, kw []py.KW) any {
			noArgs(name, a, kw)
			return locked(func() any {
				if b.count > 0 {
					if b.state == 0 || b.state == -2 {
						b.state = -1
					}
				} else {
					b.state = 0
				}
				b.cond.notifyAll()
				return nil
			})
		}), true
	case "abort":
		return py.NewMethod(name, b, func(a []any, kw []py.KW) any {
			noArgs(name, a, kw)
			return locked(func() any { b.breakLocked(); return nil })
		}), true
	case "parties":
		return b.parties, true
	case "n_waiting":
		return locked(func() any {
			if b.state == 0 {
				return b.count
			}
			return 0
		}), true
	case "broken":
		return locked(func() any { return b.state == -2 }), true
	}
	return nil, false
}
