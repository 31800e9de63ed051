package rt

import (
	"fmt"
	"strconv"
	"sync"
	"time"

	"github.com/pyasync2go/pyasync2go/rt/py"
)

// threading's synchronisation primitives: Lock, RLock, Condition,
// Semaphore/BoundedSemaphore and Event, with CPython's messages and reprs.

// lockArgs reads acquire(blocking=True, timeout=-1) as _thread does.
func lockArgs(a []any, kw []py.KW) (blocking bool, d time.Duration) {
	blocking = true
	if b := kwArg(a, kw, 0, "blocking"); b != nil {
		blocking = py.Truth(b)
	}
	secs := -1.0
	if v := kwArg(a, kw, 1, "timeout"); v != nil {
		secs = toSeconds(v, "acquire")
	}
	if !blocking && secs != -1 {
		panic(py.New(py.ValueError, "can't specify a timeout for a non-blocking call"))
	}
	if secs < 0 && secs != -1 {
		panic(py.New(py.ValueError, "timeout value must be a non-negative number"))
	}
	switch {
	case !blocking:
		return false, 0
	case secs == -1:
		return true, -1
	}
	return true, time.Duration(secs * 1e9)
}

// acquireChan takes the token of a one-slot channel semaphore.
func acquireChan(ch chan struct{}, blocking bool, d time.Duration) bool {
	select {
	case ch <- struct{}{}:
		return true
	default:
	}
	if !blocking {
		return false
	}
	if d < 0 {
		ch <- struct{}{}
		return true
	}
	timer := time.NewTimer(d)
	defer timer.Stop()
	select {
	case ch <- struct{}{}:
		return true
	case <-timer.C:
		return false
	}
}

// lockLike is what Condition needs of its lock.
type lockLike interface {
	acquire(blocking bool, d time.Duration) bool
	release()
	owned() bool
	// releaseSave releases the lock completely for Condition.wait;
	// acquireRestore takes it back in the same state.
	releaseSave() int
	acquireRestore(int)
}

// ThreadLock is threading.Lock().
type ThreadLock struct{ ch chan struct{} }

// ThreadingLock is threading.Lock().
func ThreadingLock() *ThreadLock { return &ThreadLock{ch: make(chan struct{}, 1)} }

func (l *ThreadLock) acquire(blocking bool, d time.Duration) bool {
	return acquireChan(l.ch, blocking, d)
}

func (l *ThreadLock) release() {
	select {
	case <-l.ch:
	default:
		panic(py.New(py.RuntimeError, "release unlocked lock"))
	}
}

func (l *ThreadLock) locked() bool { return len(l.ch) == 1 }

// owned is Condition._is_owned for a plain lock: held by anyone.
func (l *ThreadLock) owned() bool {
	if l.acquire(false, 0) {
		l.release()
		return false
	}
	return true
}

func (l *ThreadLock) releaseSave() int   { l.release(); return 0 }
func (l *ThreadLock) acquireRestore(int) { l.acquire(true, -1) }

func (l *ThreadLock) PyEnter() any                      { l.acquire(true, -1); return true }
func (l *ThreadLock) PyExit(*py.Exception) bool         { l.release(); return false }
func (l *ThreadLock) PyType() string                    { return "lock" }
func (l *ThreadLock) PyTypeModule() string              { return "_thread" }
func (l *ThreadLock) PyGetAttr(name string) (any, bool) { return lockMethods(l, name, l.locked) }

func (l *ThreadLock) PyRepr() string {
	state := "unlocked"
	if l.locked() {
		state = "locked"
	}
	return "<" + state + " _thread.lock object at " + objectAddress(l) + ">"
}

// lockMethods are the methods Lock and RLock share.
func lockMethods(l lockLike, name string, locked func() bool) (any, bool) {
	switch name {
	case "acquire":
		return py.NewMethod(name, l, func(a []any, kw []py.KW) any {
			b, d := lockArgs(a, kw)
			return l.acquire(b, d)
		}), true
	case "release":
		return py.NewMethod(name, l, func(a []any, kw []py.KW) any { noArgs(name, a, kw); l.release(); return nil }), true
	case "locked":
		if locked == nil {
			return nil, false
		}
		return py.NewMethod(name, l, func(a []any, kw []py.KW) any { noArgs(name, a, kw); return locked() }), true
	case "__enter__":
		return py.NewMethod(name, l, func(a []any, kw []py.KW) any { return l.acquire(true, -1) }), true
	case "__exit__":
		return py.NewMethod(name, l, func(a []any, kw []py.KW) any { l.release(); return nil }), true
	}
	return nil, false
}

// RLock is threading.RLock().
type RLock struct {
	ch    chan struct{}
	mu    sync.Mutex
	owner *Thread
	count int
}

// ThreadingRLock is threading.RLock().
func ThreadingRLock() *RLock { return &RLock{ch: make(chan struct{}, 1)} }

func (r *RLock) acquire(blocking bool, d time.Duration) bool {
	me := currentThread()
	r.mu.Lock()
	if r.owner == me {
		r.count++
		r.mu.Unlock()
		return true
	}
	r.mu.Unlock()
	if !acquireChan(r.ch, blocking, d) {
		return false
	}
	r.mu.Lock()
	r.owner, r.count = me, 1
	r.mu.Unlock()
	return true
}

func (r *RLock) release() {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.owner != currentThread() {
		panic(py.New(py.RuntimeError, "cannot release un-acquired lock"))
	}
	r.count--
	if r.count == 0 {
		r.owner = nil
		<-r.ch
	}
}

func (r *RLock) owned() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.owner == currentThread()
}

func (r *RLock) releaseSave() int {
	r.mu.Lock()
	n := r.count
	r.owner, r.count = nil, 0
	r.mu.Unlock()
	<-r.ch
	return n
}

func (r *RLock) acquireRestore(n int) {
	acquireChan(r.ch, true, -1)
	r.mu.Lock()
	r.owner, r.count = currentThread(), n
	r.mu.Unlock()
}

func (r *RLock) PyEnter() any              { r.acquire(true, -1); return true }
func (r *RLock) PyExit(*py.Exception) bool { r.release(); return false }
func (r *RLock) PyType() string            { return "RLock" }
func (r *RLock) PyTypeModule() string      { return "_thread" }
func (r *RLock) PyGetAttr(name string) (any, bool) {
	return lockMethods(r, name, nil)
}

func (r *RLock) PyRepr() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	state, owner := "unlocked", 0
	if r.owner != nil {
		state, owner = "locked", r.owner.ident
	}
	return fmt.Sprintf("<%s _thread.RLock object owner=%d count=%d at %s>", state, owner, r.count, objectAddress(r))
}

// ThreadCondition is threading.Condition(lock=None).
type ThreadCondition struct {
	lock    lockLike
	mu      sync.Mutex
	waiters []chan struct{}
}

// ThreadingCondition is threading.Condition(lock=None).
func ThreadingCondition(lock any) *ThreadCondition {
	if lock == nil {
		return &ThreadCondition{lock: ThreadingRLock()}
	}
	l, ok := lock.(lockLike)
	if !ok {
		py.Unsupported("threading.Condition over a lock that is not threading's Lock or RLock")
	}
	return &ThreadCondition{lock: l}
}

// wait is Condition.wait(timeout=None).
func (c *ThreadCondition) wait(d time.Duration) bool {
	if !c.lock.owned() {
		panic(py.New(py.RuntimeError, "cannot wait on un-acquired lock"))
	}
	w := make(chan struct{})
	c.mu.Lock()
	c.waiters = append(c.waiters, w)
	c.mu.Unlock()
	saved := c.lock.releaseSave()
	got := waitDone(w, d)
	c.lock.acquireRestore(saved)
	if !got {
		c.mu.Lock()
		for i, x := range c.waiters {
			if x == w {
				c.waiters = append(c.waiters[:i], c.waiters[i+1:]...)
				break
			}
		}
		c.mu.Unlock()
	}
	return got
}

// waitFor is Condition.wait_for(predicate, timeout=None).
func (c *ThreadCondition) waitFor(pred any, d time.Duration) any {
	var deadline time.Time
	if d >= 0 {
		deadline = time.Now().Add(d)
	}
	result := py.Call(pred, nil, nil)
	for !py.Truth(result) {
		wait := time.Duration(-1)
		if d >= 0 {
			wait = time.Until(deadline)
			if wait <= 0 {
				break
			}
		}
		c.wait(wait)
		result = py.Call(pred, nil, nil)
	}
	return result
}

func (c *ThreadCondition) notify(n int) {
	if !c.lock.owned() {
		panic(py.New(py.RuntimeError, "cannot notify on un-acquired lock"))
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	for n > 0 && len(c.waiters) > 0 {
		close(c.waiters[0])
		c.waiters = c.waiters[1:]
		n--
	}
}

func (c *ThreadCondition) PyEnter() any              { return c.lock.acquire(true, -1) }
func (c *ThreadCondition) PyExit(*py.Exception) bool { c.lock.release(); return false }
func (c *ThreadCondition) PyType() string            { return "Condition" }
func (c *ThreadCondition) PyTypeModule() string      { return "threading" }

func (c *ThreadCondition) PyRepr() string {
	c.mu.Lock()
	n := len(c.waiters)
	c.mu.Unlock()
	return "<Condition(" + py.Repr(c.lock) + ", " + strconv.Itoa(n) + ")>"
}

func (c *ThreadCondition) PyGetAttr(name string) (any, bool) {
	switch name {
	case "acquire", "release", "__enter__", "__exit__":
		return lockMethods(c.lock, name, nil)
	case "wait":
		return py.NewMethod(name, c, func(a []any, kw []py.KW) any {
			return c.wait(timeoutArg(kwArg(a, kw, 0, "timeout"), "wait"))
		}), true
	case "wait_for":
		return py.NewMethod(name, c, func(a []any, kw []py.KW) any {
			need(a, 1, "wait_for")
			return c.waitFor(a[0], timeoutArg(kwArg(a, kw, 1, "timeout"), "wait_for"))
		}), true
	case "notify":
		return py.NewMethod(name, c, func(a []any, kw []py.KW) any {
			n := 1
			if v := kwArg(a, kw, 0, "n"); v != nil {
				n = toInt(v)
			}
			c.notify(n)
			return nil
		}), true
	case "notify_all":
		return py.NewMethod(name, c, func(a []any, kw []py.KW) any {
			noArgs(name, a, kw)
			c.notify(int(^uint(0) >> 1))
			return nil
		}), true
	}
	return nil, false
}

// ThreadSemaphore is threading.Semaphore(value=1) and BoundedSemaphore.
type ThreadSemaphore struct {
	mu      sync.Mutex
	value   int
	initial int
	bounded bool
	waiters []chan struct{}
}

// ThreadingSemaphore is threading.Semaphore(value=1).
func ThreadingSemaphore(value any) *ThreadSemaphore { return newThreadSemaphore(value, false) }

// ThreadingBoundedSemaphore is threading.BoundedSemaphore(value=1).
func ThreadingBoundedSemaphore(value any) *ThreadSemaphore { return newThreadSemaphore(value, true) }

func newThreadSemaphore(value any, bounded bool) *ThreadSemaphore {
	n := toInt(value)
	if n < 0 {
		panic(py.New(py.ValueError, "semaphore initial value must be >= 0"))
	}
	return &ThreadSemaphore{value: n, initial: n, bounded: bounded}
}

func (s *ThreadSemaphore) acquire(blocking bool, d time.Duration) bool {
	var deadline time.Time
	if d >= 0 {
		deadline = time.Now().Add(d)
	}
	for {
		s.mu.Lock()
		if s.value > 0 {
			s.value--
			s.mu.Unlock()
			return true
		}
		if !blocking {
			s.mu.Unlock()
			return false
		}
		w := make(chan struct{})
		s.waiters = append(s.waiters, w)
		s.mu.Unlock()
		wait := time.Duration(-1)
		if d >= 0 {
			if wait = time.Until(deadline); wait <= 0 {
				wait = 0
			}
		}
		if !waitDone(w, wait) {
			s.mu.Lock()
			for i, x := range s.waiters {
				if x == w {
					s.waiters = append(s.waiters[:i], s.waiters[i+1:]...)
					break
				}
			}
			s.mu.Unlock()
			return false
		}
	}
}

func (s *ThreadSemaphore) release(n int) {
	if n < 1 {
		panic(py.New(py.ValueError, "n must be one or more"))
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.bounded && s.value+n > s.initial {
		panic(py.New(py.ValueError, "Semaphore released too many times"))
	}
	s.value += n
	for i := 0; i < n && len(s.waiters) > 0; i++ {
		close(s.waiters[0])
		s.waiters = s.waiters[1:]
	}
}

func (s *ThreadSemaphore) PyEnter() any              { return s.acquire(true, -1) }
func (s *ThreadSemaphore) PyExit(*py.Exception) bool { s.release(1); return false }

func (s *ThreadSemaphore) PyType() string {
	if s.bounded {
		return "BoundedSemaphore"
	}
	return "Semaphore"
}

func (s *ThreadSemaphore) PyTypeModule() string { return "threading" }

func (s *ThreadSemaphore) PyRepr() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	extra := ""
	if s.bounded {
		extra = "/" + strconv.Itoa(s.initial)
	}
	return fmt.Sprintf("<threading.%s at %s: value=%d%s>", s.PyType(), objectAddress(s), s.value, extra)
}

func (s *ThreadSemaphore) PyGetAttr(name string) (any, bool) {
	switch name {
	case "acquire", "__enter__":
		return py.NewMethod(name, s, func(a []any, kw []py.KW) any {
			blocking := true
			if b := kwArg(a, kw, 0, "blocking"); b != nil {
				blocking = py.Truth(b)
			}
			to := kwArg(a, kw, 1, "timeout")
			if !blocking && to != nil {
				panic(py.New(py.ValueError, "can't specify timeout for non-blocking acquire"))
			}
			return s.acquire(blocking, timeoutArg(to, "acquire"))
		}), true
	case "release":
		return py.NewMethod(name, s, func(a []any, kw []py.KW) any {
			n := 1
			if v := kwArg(a, kw, 0, "n"); v != nil {
				n = toInt(v)
			}
			s.release(n)
			return nil
		}), true
	case "__exit__":
		return py.NewMethod(name, s, func([]any, []py.KW) any { s.release(1); return nil }), true
	}
	return nil, false
}

// ThreadEvent is threading.Event().
type ThreadEvent struct {
	mu  sync.Mutex
	set bool
	ch  chan struct{} // closed while set
}

// ThreadingEvent is threading.Event().
func ThreadingEvent() *ThreadEvent { return &ThreadEvent{ch: make(chan struct{})} }

func (e *ThreadEvent) isSet() bool {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.set
}

func (e *ThreadEvent) PyType() string       { return "Event" }
func (e *ThreadEvent) PyTypeModule() string { return "threading" }

func (e *ThreadEvent) PyRepr() string {
	state := "unset"
	if e.isSet() {
		state = "set"
	}
	return "<threading.Event at " + objectAddress(e) + ": " + state + ">"
}

func (e *ThreadEvent) PyGetAttr(name string) (any, bool) {
	switch name {
	case "is_set":
		return py.NewMethod(name, e, func(a []any, kw []py.KW) any { noArgs(name, a, kw); return e.isSet() }), true
	case "set":
		return py.NewMethod(name, e, func(a []any, kw []py.KW) any {
			noArgs(name, a, kw)
			e.mu.Lock()
			if !e.set {
				e.set = true
				close(e.ch)
			}
			e.mu.Unlock()
			return nil
		}), true
	case "clear":
		return py.NewMethod(name, e, func(a []any, kw []py.KW) any {
			noArgs(name, a, kw)
			e.mu.Lock()
			if e.set {
				e.set = false
				e.ch = make(chan struct{})
			}
			e.mu.Unlock()
			return nil
		}), true
	case "wait":
		return py.NewMethod(name, e, func(a []any, kw []py.KW) any {
			d := timeoutArg(kwArg(a, kw, 0, "timeout"), "wait")
			e.mu.Lock()
			ch := e.ch
			e.mu.Unlock()
			waitDone(ch, d)
			return e.isSet()
		}), true
	}
	return nil, false
}
