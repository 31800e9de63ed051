package rt

import (
	"sync"
	"time"

	"github.com/pyasync2go/pyasync2go/rt/py"
)

// The queue module: thread-safe FIFO, LIFO and priority queues for threads
// (queue.py of 3.11), with blocking put/get that take real-time timeouts.

// ThreadQueue is queue.Queue, LifoQueue, PriorityQueue and SimpleQueue.
type ThreadQueue struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	allDone  *sync.Cond
	kind     string // Queue, LifoQueue, PriorityQueue, SimpleQueue
	maxsize  int
	items    []any
	heap     *py.List // PriorityQueue's items
	// unfinished is unfinished_tasks (task_done/join).
	unfinished int
}

func newThreadQueue(kind string, maxsize any) *ThreadQueue {
	q := &ThreadQueue{kind: kind, maxsize: toInt(maxsize)}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	q.allDone = sync.NewCond(&q.mu)
	if kind == "PriorityQueue" {
		q.heap = py.NewList()
	}
	return q
}

// QueueQueue is queue.Queue(maxsize=0).
func QueueQueue(maxsize any) *ThreadQueue { return newThreadQueue("Queue", maxsize) }

// QueueLifoQueue is queue.LifoQueue(maxsize=0).
func QueueLifoQueue(maxsize any) *ThreadQueue { return newThreadQueue("LifoQueue", maxsize) }

// QueuePriorityQueue is queue.PriorityQueue(maxsize=0).
func QueuePriorityQueue(maxsize any) *ThreadQueue { return newThreadQueue("PriorityQueue", maxsize) }

// QueueSimpleQueue is queue.SimpleQueue().
func QueueSimpleQueue() *ThreadQueue { return newThreadQueue("SimpleQueue", 0) }

func (q *ThreadQueue) size() int {
	if q.heap != nil {
		return len(q.heap.Items)
	}
	return len(q.items)
}

// waitCond waits on c with q.mu held until ok() or the deadline; false on
// timeout. sync.Cond has no timed wait, so a timer broadcasts.
func (q *ThreadQueue) waitCond(c *sync.Cond, ok func() bool, block bool, timeout any, full bool) {
	if ok() {
		return
	}
	fail := func() {
		q.mu.Unlock()
		if full {
			panic(py.New(py.QueueFullError))
		}
		panic(py.New(py.QueueEmptyError))
	}
	if !block {
		fail()
	}
	if timeout == nil {
		for !ok() {
			c.Wait()
		}
		return
	}
	secs := toSeconds(timeout, "get")
	if secs < 0 {
		q.mu.Unlock()
		panic(py.New(py.ValueError, "'timeout' must be a non-negative number"))
	}
	deadline := time.Now().Add(time.Duration(secs * 1e9))
	timer := time.AfterFunc(time.Duration(secs*1e9), func() {
		q.mu.Lock()
		c.Broadcast()
		q.mu.Unlock()
	})
	defer timer.Stop()
	for !ok() {
		if !time.Now().Before(deadline) {
			fail()
		}
		c.Wait()
	}
}

// Put is q.put(item, block=True, timeout=None).
func (q *ThreadQueue) Put(item any, block bool, timeout any) {
	q.mu.Lock()
	if q.maxsize > 0 {
		q.waitCond(q.notFull, func() bool { return q.size() < q.maxsize }, block, timeout, true)
	}
	if q.heap != nil {
		if exc := coreTry(func() { py.HeapqHeappush(q.heap, item) }); exc != nil {
			q.mu.Unlock()
			panic(exc)
		}
	} else {
		q.items = append(q.items, item)
	}
	q.unfinished++
	q.notEmpty.Signal()
	q.mu.Unlock()
}

// Get is q.get(block=True, timeout=None).
func (q *ThreadQueue) Get(block bool, timeout any) any {
	q.mu.Lock()
	q.waitCond(q.notEmpty, func() bool { return q.size() > 0 }, block, timeout, false)
	var item any
	switch {
	case q.heap != nil:
		item = py.HeapqHeappop(q.heap)
	case q.kind == "LifoQueue":
		item = q.items[len(q.items)-1]
		q.items = q.items[:len(q.items)-1]
	default:
		item = q.items[0]
		q.items[0] = nil
		q.items = q.items[1:]
	}
	q.notFull.Signal()
	q.mu.Unlock()
	return item
}

func (q *ThreadQueue) taskDone() {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.unfinished <= 0 {
		panic(py.New(py.ValueError, "task_done() called too many times"))
	}
	q.unfinished--
	if q.unfinished == 0 {
		q.allDone.Broadcast()
	}
}

func (q *ThreadQueue) join() {
	q.mu.Lock()
	defer q.mu.Unlock()
	for q.unfinished > 0 {
		q.allDone.Wait()
	}
}

func (q *ThreadQueue) PyType() string { return q.kind }
func (q *ThreadQueue) PyTypeModule() string {
	if q.kind == "SimpleQueue" {
		return "_queue"
	}
	return "queue"
}
func (q *ThreadQueue) PyRepr() string {
	return "<" + q.PyTypeModule() + "." + q.kind + " object at " + objectAddress(q) + ">"
}

func (q *ThreadQueue) PyGetAttr(name string) (any, bool) {
	blockArgs := func(a []any, kw []py.KW, first int) (bool, any) {
		block := true
		if v := kwArg(a, kw, first, "block"); v != nil {
			block = py.Truth(v)
		}
		return block, kwArg(a, kw, first+1, "timeout")
	}
	m := func(fn func(a []any, kw []py.KW) any) (any, bool) { return py.NewMethod(name, q, fn), true }
	simple := q.kind == "SimpleQueue"
	switch name {
	case "put":
		return m(func(a []any, kw []py.KW) any {
			item := kwArg(a, kw, 0, "item")
			b, t := blockArgs(a, kw, 1)
			q.Put(item, b, t)
			return nil
		})
	case "put_nowait":
		return m(func(a []any, kw []py.KW) any { q.Put(kwArg(a, kw, 0, "item"), false, nil); return nil })
	case "get":
		return m(func(a []any, kw []py.KW) any { b, t := blockArgs(a, kw, 0); return q.Get(b, t) })
	case "get_nowait":
		return m(func(a []any, kw []py.KW) any { noArgs(name, a, kw); return q.Get(false, nil) })
	case "qsize":
		return m(func(a []any, kw []py.KW) any { q.mu.Lock(); defer q.mu.Unlock(); return q.size() })
	case "empty":
		return m(func(a []any, kw []py.KW) any { q.mu.Lock(); defer q.mu.Unlock(); return q.size() == 0 })
	}
	if simple {
		return nil, false
	}
	switch name {
	case "full":
		return m(func(a []any, kw []py.KW) any {
			q.mu.Lock()
			defer q.mu.Unlock()
			return q.maxsize > 0 && q.size() >= q.maxsize
		})
	case "task_done":
		return m(func(a []any, kw []py.KW) any { noArgs(name, a, kw); q.taskDone(); return nil })
	case "join":
		return m(func(a []any, kw []py.KW) any { noArgs(name, a, kw); q.join(); return nil })
	case "maxsize":
		return q.maxsize, true
	case "unfinished_tasks":
		q.mu.Lock()
		defer q.mu.Unlock()
		return q.unfinished, true
	}
	return nil, false
}
