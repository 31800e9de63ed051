package rt

import (
	"sync/atomic"
	"time"

	"github.com/pyasync2go/pyasync2go/rt/py"
)

// loopGoroutine is the goroutine running the running loop (RunForever).
var loopGoroutine atomic.Uint64

// CallSoonThreadsafe is loop.call_soon_threadsafe(fn, *args): callable from
// any goroutine; it wakes a loop blocked waiting for timers or threads.
func (l *Loop) CallSoonThreadsafe(fn any, args ...any) *Handle {
	h := &Handle{py: &pyCall{fn, args}, loop: l, ctxVars: currentContext().vars}
	if runningLoop.Load() == l && py.GoroutineID() == loopGoroutine.Load() {
		// From the loop's own thread CPython's call_soon_threadsafe is
		// call_soon (plus a wake-up byte): the handle joins _ready now, not
		// at the next poll.
		l.checkClosed()
		l.ready.pushHandle(h)
		return h
	}
	l.enqueueThreadsafe(h, false)
	return h
}

// callSoonThreadsafeGo is CallSoonThreadsafe for an internal Go callback.
func (l *Loop) callSoonThreadsafeGo(fn func(), desc string) *Handle {
	h := &Handle{goFn: fn, goDesc: desc, loop: l}
	l.enqueueThreadsafe(h, false)
	return h
}

// beginThreadWork tells the loop a worker goroutine will report back (via
// finishThreadWork); under the virtual clock the loop then waits for it
// instead of jumping time or declaring a deadlock.
func (l *Loop) beginThreadWork() {
	l.tsMu.Lock()
	l.threadWork++
	l.tsMu.Unlock()
}

// finishThreadWork queues fn on the loop and ends one unit of thread work,
// atomically, so the loop never sees "no work, nothing queued" in between.
func (l *Loop) finishThreadWork(fn func(), desc string) {
	h := &Handle{goFn: fn, goDesc: desc, loop: l}
	l.enqueueThreadsafe(h, true)
}

func (l *Loop) enqueueThreadsafe(h *Handle, endsWork bool) {
	l.tsMu.Lock()
	if l.tsClosed {
		if endsWork {
			l.threadWork--
		}
		l.tsMu.Unlock()
		panic(py.New(py.RuntimeError, "Event loop is closed"))
	}
	l.tsQueue = append(l.tsQueue, h)
	l.tsPending.Store(true)
	if endsWork {
		l.threadWork--
	}
	l.tsMu.Unlock()
	select {
	case l.wake <- struct{}{}:
	default:
	}
}

// drainThreadsafe moves handles queued by other goroutines to _ready, the
// way CPython's self-pipe read precedes the timer scan.
func (l *Loop) drainThreadsafe() {
	if !l.tsPending.Load() {
		return
	}
	l.tsMu.Lock()
	l.tsPending.Store(false)
	q := l.tsQueue
	l.tsQueue = nil
	l.tsMu.Unlock()
	for _, h := range q {
		l.ready.pushHandle(h)
	}
}

// threadGrace is the real time an idle loop under the virtual clock waits
// for pending thread work before it advances to its next timer (README's
// clock contract, the grace rule; the oracle's THREAD_GRACE is the same).
// threadPoll is how often that wait looks at userThreadWork, which ends
// without waking the loop.
const (
	threadGrace = 500 * time.Millisecond
	threadPoll  = 5 * time.Millisecond
)

// userThreadWork counts the program's own thread work, which belongs to no
// loop: started threading.Threads until run() returns and work items
// submitted to a ThreadPoolExecutor until their done callbacks have run.
var userThreadWork atomic.Int64

// waitForThreads is the grace rule: with thread work pending, wait for real
// until something is queued for the loop (true: look again), the work is
// all done, or, with a timer scheduled, threadGrace has passed (false:
// time may move on).
func (l *Loop) waitForThreads(hasTimer bool) bool {
	start := time.Now()
	tick := time.NewTicker(threadPoll)
	defer tick.Stop()
	for {
		select {
		case <-l.wake:
			return true
		case <-tick.C:
		}
		l.tsMu.Lock()
		queued := len(l.tsQueue) > 0
		work := l.threadWork > 0
		l.tsMu.Unlock()
		if queued {
			return true
		}
		if !work && userThreadWork.Load() == 0 {
			return false
		}
		if hasTimer && time.Since(start) >= threadGrace {
			return false
		}
	}
}
