package rt

import (
	"fmt"
	"math/big"

	"github.com/pyasync2go/pyasync2go/rt/py"
)

var (
	lockAcquireInfo = &CoroInfo{Name: "acquire", QualName: "Lock.acquire", File: asyncioFile("locks.py"), Line: 93, Def: "async def acquire(self):"}
	eventWaitInfo   = &CoroInfo{Name: "wait", QualName: "Event.wait", File: asyncioFile("locks.py"), Line: 200, Def: "async def wait(self):"}
	condWaitInfo    = &CoroInfo{Name: "wait", QualName: "Condition.wait", File: asyncioFile("locks.py"), Line: 248, Def: "async def wait(self):"}
	condWaitForInfo = &CoroInfo{Name: "wait_for", QualName: "Condition.wait_for", File: asyncioFile("locks.py"), Line: 285, Def: "async def wait_for(self, predicate):"}
	semAcquireInfo  = &CoroInfo{Name: "acquire", QualName: "Semaphore.acquire", File: asyncioFile("locks.py"), Line: 364, Def: "async def acquire(self):"}
)

// Lock is asyncio.Lock with 3.11.7's no-barging rule: acquire succeeds at
// once only when unlocked and every waiter (if any) is cancelled. A woken
// waiter stays queued and takes the lock when it actually runs (semantics Q2).
type Lock struct {
	waiters ring[*Future]
	locked  bool
	bound   loopBinding
}

func NewLock() *Lock { return &Lock{} }

func (l *Lock) Locked() bool { return l.locked }

func (l *Lock) canAcquireNow() bool {
	if l.locked {
		return false
	}
	for i := 0; i < l.waiters.len(); i++ {
		if !l.waiters.at(i).Cancelled() {
			return false
		}
	}
	return true
}

// Acquire is `await lock.acquire()`; it returns True.
func (l *Lock) Acquire() *Coro {
	return NewStepCoro(lockAcquireInfo, func(co *Coro) any {
		if co.PC == 0 {
			co.aw.kind, co.aw.obj = awLockAcquire, l
		}
		if co.Suspend() {
			co.line = 114
			co.PC = 1
			return Suspended
		}
		return co.AwaitResult()
	})
}

func (l *Lock) Release() {
	if !l.locked {
		panic(py.New(py.RuntimeError, "Lock is not acquired."))
	}
	l.locked = false
	l.wakeUpFirst()
}

func (l *Lock) wakeUpFirst() {
	if l.waiters.len() == 0 {
		return
	}
	if fut := l.waiters.at(0); !fut.Done() {
		fut.SetResult(true)
	}
}

// AEnter is lock.__aenter__(): acquire() returning None.
func (l *Lock) AEnter() *Coro {
	return NewStepCoro(aenterInfo, func(co *Coro) any {
		if co.PC == 0 {
			co.aw.kind, co.aw.obj = awLockEnter, l
			co.PC = 1
		}
		v, s := co.resume()
		if s {
			return Suspended
		}
		return v
	})
}

func (l *Lock) AExit(exc *py.Exception) *Coro {
	return syncCoro(aexitInfo, func() any { l.Release(); return false })
}

func (l *Lock) PyRepr() string {
	extra := "unlocked"
	if l.locked {
		extra = "locked"
	}
	return primitiveRepr("Lock", l, extra, l.waiters.len())
}

func (l *Lock) PyType() string       { return "Lock" }
func (l *Lock) PyTypeModule() string { return "asyncio.locks" }

func (l *Lock) PyGetAttr(name string) (any, bool) {
	switch name {
	case "acquire":
		return coreMethod("acquire", func([]any) any { return l.Acquire() }), true
	case "release":
		return coreMethod("release", func([]any) any { l.Release(); return nil }), true
	case "locked":
		return coreMethod("locked", func([]any) any { return l.Locked() }), true
	}
	return cmMethods(l, name)
}

// primitiveRepr is the `<asyncio.locks.Lock object at 0x… [locked, waiters:2]>`
// shape shared by the synchronisation primitives.
func primitiveRepr(typ string, obj any, extra string, waiters int) string {
	if waiters > 0 {
		extra = fmt.Sprintf("%s, waiters:%d", extra, waiters)
	}
	return fmt.Sprintf("<asyncio.locks.%s object at %s [%s]>", typ, objectAddress(obj), extra)
}

// Event is asyncio.Event: set() resolves every waiter in wait() order, and a
// following clear() does not take the wake-ups back.
type Event struct {
	waiters ring[*Future]
	value   bool
	bound   loopBinding
}

func NewEvent() *Event { return &Event{} }

func (e *Event) IsSet() bool { return e.value }

func (e *Event) Set() {
	if e.value {
		return
	}
	e.value = true
	for i := 0; i < e.waiters.len(); i++ {
		if fut := e.waiters.at(i); !fut.Done() {
			fut.SetResult(true)
		}
	}
}

func (e *Event) Clear() { e.value = false }

// Wait is `await event.wait()`; it returns True.
func (e *Event) Wait() *Coro {
	var fut *Future
	return NewStepCoro(eventWaitInfo, func(co *Coro) any {
		if co.PC == 0 {
			if e.value {
				return true
			}
			co.At(213)
			fut = e.bound.get(e).CreateFuture()
			e.waiters.pushBack(fut)
			co.awaitAt(1, fut)
		}
		_, exc, s := co.resumeTry()
		if s {
			return Suspended
		}
		e.waiters.remove(fut)
		if exc != nil {
			panic(withAwaitFrame(exc, co.libAwaitFrame("await fut")))
		}
		return true
	})
}

func (e *Event) PyRepr() string {
	extra := "unset"
	if e.value {
		extra = "set"
	}
	return primitiveRepr("Event", e, extra, e.waiters.len())
}

func (e *Event) PyType() string       { return "Event" }
func (e *Event) PyTypeModule() string { return "asyncio.locks" }

func (e *Event) PyGetAttr(name string) (any, bool) {
	switch name {
	case "wait":
		return coreMethod("wait", func([]any) any { return e.Wait() }), true
	case "set":
		return coreMethod("set", func([]any) any { e.Set(); return nil }), true
	case "clear":
		return coreMethod("clear", func([]any) any { e.Clear(); return nil }), true
	case "is_set":
		return coreMethod("is_set", func([]any) any { return e.IsSet() }), true
	}
	return nil, false
}

// Condition is asyncio.Condition over a Lock (a new one when lock is None).
type Condition struct {
	lock    *Lock
	waiters ring[*Future]
	bound   loopBinding
}

func NewCondition(lock any) *Condition {
	switch l := lock.(type) {
	case nil:
		return &Condition{lock: NewLock()}
	case *Lock:
		return &Condition{lock: l}
	}
	panic(py.New(py.TypeError, fmt.Sprintf("Condition() expects an asyncio.Lock, not '%s'", pyTypeName(lock))))
}

func (c *Condition) Locked() bool   { return c.lock.Locked() }
func (c *Condition) Acquire() *Coro { return c.lock.Acquire() }
func (c *Condition) Release()       { c.lock.Release() }
func (c *Condition) AEnter() *Coro  { return c.lock.AEnter() }

func (c *Condition) AExit(exc *py.Exception) *Coro { return c.lock.AExit(exc) }

// Wait is `await cond.wait()`: release the lock, wait for a notify, then
// re-acquire (Lock FIFO) even if cancelled meanwhile; returns True.
func (c *Condition) Wait() *Coro {
	var fut *Future
	var waitExc *py.Exception
	cancelled := false
	return NewStepCoro(condWaitInfo, func(co *Coro) any {
		switch co.PC {
		case 0:
			co.At(267)
			if !c.Locked() {
				panic(py.New(py.RuntimeError, "cannot wait on un-acquired lock"))
			}
			c.Release()
			fut = c.bound.get(c).CreateFuture()
			c.waiters.pushBack(fut)
			co.awaitAt(1, fut)
			fallthrough
		case 1:
			_, exc, s := co.resumeTry()
			if s {
				return Suspended
			}
			c.waiters.remove(fut)
			if exc != nil {
				waitExc = withAwaitFrame(exc, co.libAwaitFrame("await fut"))
			}
			// The outer finally: the lock is re-acquired even if the
			// wait was cancelled.
			co.lockAt(2, c.lock)
			fallthrough
		case 2:
			for {
				_, exc, s := co.resumeTry()
				if s {
					return Suspended
				}
				if exc == nil {
					break
				}
				if !exc.Is(py.CancelledError) {
					panic(exc)
				}
				cancelled = true
				co.lockAt(2, c.lock)
			}
		}
		if cancelled {
			panic(py.New(py.CancelledError))
		}
		if waitExc != nil {
			panic(waitExc)
		}
		return true
	})
}

// WaitFor is `await cond.wait_for(predicate)`; it returns the final
// predicate value.
func (c *Condition) WaitFor(pred any) *Coro {
	return c.waitFor(func() any { return callPy(pred, nil) })
}

// waitFor is cond.wait_for with a Go predicate.
func (c *Condition) waitFor(pred func() any) *Coro {
	return NewStepCoro(condWaitForInfo, func(co *Coro) any {
		for {
			if co.PC == 0 {
				co.At(294)
			} else if _, s := co.resume(); s {
				return Suspended
			}
			result := pred()
			if py.Truth(result) {
				return result
			}
			co.awaitAt(1, c.Wait())
		}
	})
}

func (c *Condition) Notify(n any) {
	if !c.Locked() {
		panic(py.New(py.RuntimeError, "cannot notify on un-acquired lock"))
	}
	limit := 1
	if n != nil {
		limit = toInt(n)
	}
	woken := 0
	for i := 0; i < c.waiters.len() && woken < limit; i++ {
		if fut := c.waiters.at(i); !fut.Done() {
			woken++
			fut.SetResult(false)
		}
	}
}

func (c *Condition) NotifyAll() { c.Notify(c.waiters.len()) }

func (c *Condition) PyRepr() string {
	extra := "unlocked"
	if c.Locked() {
		extra = "locked"
	}
	return primitiveRepr("Condition", c, extra, c.waiters.len())
}

func (c *Condition) PyType() string       { return "Condition" }
func (c *Condition) PyTypeModule() string { return "asyncio.locks" }

func (c *Condition) PyGetAttr(name string) (any, bool) {
	switch name {
	case "wait":
		return coreMethod("wait", func([]any) any { return c.Wait() }), true
	case "wait_for":
		return coreMethod("wait_for", func(a []any) any { need(a, 1, "wait_for"); return c.WaitFor(a[0]) }), true
	case "notify":
		return &boundMethod{name: "notify", fn: func(a []any, kw []py.KW) any { c.Notify(kwArg(a, kw, 0, "n")); return nil }}, true
	case "notify_all":
		return coreMethod("notify_all", func([]any) any { c.NotifyAll(); return nil }), true
	}
	return c.lock.PyGetAttr(name)
}

// Semaphore is asyncio.Semaphore: acquire is immediate iff value > 0 and no
// waiter is left that is not cancelled; release hands the unit straight to
// the first not-done waiter.
type Semaphore struct {
	waiters    ring[*Future]
	value      int
	bound      loopBinding
	bounded    bool
	boundValue int
	typeName   string
}

// BoundedSemaphore is a Semaphore that refuses to be released above its
// initial value.
type BoundedSemaphore = Semaphore

func NewSemaphore(value any) *Semaphore {
	v := 1
	if value != nil {
		switch value.(type) {
		case int, bool, *big.Int:
		default:
			py.Lt(value, 0) // locks.py: `if value < 0` fails first
		}
		v = toInt(value)
	}
	if v < 0 {
		panic(py.New(py.ValueError, "Semaphore initial value must be >= 0"))
	}
	return &Semaphore{value: v, typeName: "Semaphore"}
}

func NewBoundedSemaphore(value any) *BoundedSemaphore {
	s := NewSemaphore(value)
	s.bounded, s.boundValue = true, s.value
	s.typeName = "BoundedSemaphore"
	return s
}

func (s *Semaphore) Locked() bool {
	if s.value == 0 {
		return true
	}
	for i := 0; i < s.waiters.len(); i++ {
		if !s.waiters.at(i).Cancelled() {
			return true
		}
	}
	return false
}

// Acquire is `await sem.acquire()`; it returns True.
func (s *Semaphore) Acquire() *Coro { return s.acquire(semAcquireInfo, true) }

// acquire is Semaphore.acquire as a coroutine that returns result
// (__aenter__ is the same code returning None).
func (s *Semaphore) acquire(info *CoroInfo, result any) *Coro {
	var fut *Future
	return NewStepCoro(info, func(co *Coro) any {
		if co.PC == 0 {
			co.At(387)
			if !s.Locked() {
				s.value--
				return result
			}
			fut = s.bound.get(s).CreateFuture()
			s.waiters.pushBack(fut)
			co.awaitAt(1, fut)
		}
		_, exc, susp := co.resumeTry()
		if susp {
			return Suspended
		}
		s.waiters.remove(fut)
		if exc != nil {
			if exc.Is(py.CancelledError) && !fut.Cancelled() {
				s.value++
				s.wakeUpNext()
			}
			if info == aenterInfo {
				// __aenter__'s `await self.acquire()`, then acquire's await.
				withAwaitFrame(exc, lockAEnterFrame)
				exc.Traceback = append(exc.Traceback, py.Frame{File: semAcquireInfo.File, Line: 387, Func: "acquire", Source: "await fut"})
				panic(exc)
			}
			panic(withAwaitFrame(exc, co.libAwaitFrame("await fut")))
		}
		if s.value > 0 {
			s.wakeUpNext()
		}
		return result
	})
}

func (s *Semaphore) Release() {
	if s.bounded && s.value >= s.boundValue {
		panic(py.New(py.ValueError, "BoundedSemaphore released too many times"))
	}
	s.value++
	s.wakeUpNext()
}

func (s *Semaphore) wakeUpNext() {
	for i := 0; i < s.waiters.len(); i++ {
		if fut := s.waiters.at(i); !fut.Done() {
			s.value--
			fut.SetResult(true)
			return
		}
	}
}

func (s *Semaphore) AEnter() *Coro { return s.acquire(aenterInfo, nil) }

func (s *Semaphore) AExit(exc *py.Exception) *Coro {
	return syncCoro(aexitInfo, func() any { s.Release(); return false })
}

func (s *Semaphore) PyRepr() string {
	extra := "locked"
	if !s.Locked() {
		extra = fmt.Sprintf("unlocked, value:%d", s.value)
	}
	return primitiveRepr(s.typeName, s, extra, s.waiters.len())
}

func (s *Semaphore) PyType() string       { return s.typeName }
func (s *Semaphore) PyTypeModule() string { return "asyncio.locks" }

func (s *Semaphore) PyGetAttr(name string) (any, bool) {
	switch name {
	case "acquire":
		return coreMethod("acquire", func([]any) any { return s.Acquire() }), true
	case "release":
		return coreMethod("release", func([]any) any { s.Release(); return nil }), true
	case "locked":
		return coreMethod("locked", func([]any) any { return s.Locked() }), true
	case "_value":
		// Private in CPython, but tutorials print it to show the permits left.
		return s.value, true
	}
	return cmMethods(s, name)
}

var barrierWaitInfo = &CoroInfo{Name: "wait", QualName: "Barrier.wait", File: asyncioFile("locks.py"), Line: 481, Def: "async def wait(self):"}

type barrierState uint8

const (
	barrierFilling barrierState = iota
	barrierDraining
	barrierResetting
	barrierBroken
)

func (s barrierState) String() string {
	return [...]string{"filling", "draining", "resetting", "broken"}[s]
}

// Barrier is asyncio.Barrier (new in 3.11), built on a Condition exactly as
// CPython's is, so its wake-up order follows the Condition's.
type Barrier struct {
	cond    *Condition
	parties int
	state   barrierState
	count   int
}

func NewBarrier(parties any) *Barrier {
	n := toInt(parties)
	if n < 1 {
		panic(py.New(py.ValueError, "parties must be > 0"))
	}
	return &Barrier{cond: NewCondition(nil), parties: n}
}

func (b *Barrier) Parties() int { return b.parties }
func (b *Barrier) Broken() bool { return b.state == barrierBroken }

func (b *Barrier) NWaiting() int {
	if b.state == barrierFilling {
		return b.count
	}
	return 0
}

// Wait is `await barrier.wait()`: it returns this party's index.
func (b *Barrier) Wait() *Coro { return b.wait(barrierWaitInfo) }

// wait is Barrier.wait (and __aenter__, the same code) under `async with
// self._cond`.
func (b *Barrier) wait(info *CoroInfo) *Coro {
	var index int
	return withLock(info, b.cond.lock, func(co *Coro) (any, bool) {
		switch co.PC {
		case 2:
			// _block: wait while the barrier drains or resets.
			co.awaitAt(3, b.cond.waitFor(func() any { return b.state != barrierDraining && b.state != barrierResetting }))
			fallthrough
		case 3:
			if _, s := co.resume(); s {
				return nil, true
			}
			if b.state == barrierBroken {
				panic(py.New(py.BrokenBarrierError, "Barrier aborted"))
			}
			index = b.count
			b.count++
			if index+1 == b.parties {
				// _release
				b.state = barrierDraining
				b.cond.NotifyAll()
				b.leave()
				return index, false
			}
			// _wait
			co.awaitAt(4, b.cond.waitFor(func() any { return b.state != barrierFilling }))
		}
		if _, s := co.resumeFinally(b.leave); s {
			return nil, true
		}
		if b.state == barrierBroken || b.state == barrierResetting {
			panic(py.New(py.BrokenBarrierError, "Abort or reset of barrier"))
		}
		return index, false
	})
}

// leave is the finally clause of Barrier.wait's try: this party no longer
// counts, and the last one out wakes the barrier up.
func (b *Barrier) leave() {
	b.count--
	if b.count == 0 {
		if b.state == barrierResetting || b.state == barrierDraining {
			b.state = barrierFilling
		}
		b.cond.NotifyAll()
	}
}

var (
	barrierResetInfo = &CoroInfo{Name: "reset", QualName: "Barrier.reset", File: asyncioFile("locks.py"), Line: 547}
	barrierAbortInfo = &CoroInfo{Name: "abort", QualName: "Barrier.abort", File: asyncioFile("locks.py"), Line: 562}
)

// Reset is `await barrier.reset()`.
func (b *Barrier) Reset() *Coro {
	return withLock(barrierResetInfo, b.cond.lock, func(*Coro) (any, bool) {
		if b.count > 0 {
			b.state = barrierResetting
		} else {
			b.state = barrierFilling
		}
		b.cond.NotifyAll()
		return nil, false
	})
}

// Abort is `await barrier.abort()`.
func (b *Barrier) Abort() *Coro {
	return withLock(barrierAbortInfo, b.cond.lock, func(*Coro) (any, bool) {
		b.state = barrierBroken
		b.cond.NotifyAll()
		return nil, false
	})
}

func (b *Barrier) AEnter() *Coro { return b.wait(aenterInfo) }

func (b *Barrier) AExit(exc *py.Exception) *Coro {
	return syncCoro(aexitInfo, func() any { return false })
}

func (b *Barrier) PyRepr() string {
	extra := b.state.String()
	if !b.Broken() {
		extra += fmt.Sprintf(", waiters:%d/%d", b.NWaiting(), b.parties)
	}
	return fmt.Sprintf("<asyncio.locks.Barrier object at %s [%s]>", objectAddress(b), extra)
}

func (b *Barrier) PyType() string       { return "Barrier" }
func (b *Barrier) PyTypeModule() string { return "asyncio.locks" }

func (b *Barrier) PyGetAttr(name string) (any, bool) {
	switch name {
	case "wait":
		return coreMethod("wait", func([]any) any { return b.Wait() }), true
	case "reset":
		return coreMethod("reset", func([]any) any { return b.Reset() }), true
	case "abort":
		return coreMethod("abort", func([]any) any { return b.Abort() }), true
	case "parties":
		return b.parties, true
	case "n_waiting":
		return b.NWaiting(), true
	case "broken":
		return b.Broken(), true
	}
	return cmMethods(b, name)
}
