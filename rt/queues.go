package rt

import (
	"fmt"
	"math/big"

	"github.com/pyasync2go/pyasync2go/rt/py"
)

// Queue is asyncio.Queue (also PriorityQueue and LifoQueue, selected by
// kind). The getter/putter waiter deques follow CPython exactly: a woken
// waiter owns nothing, so if its item is stolen it appends a fresh future at
// the back (semantics Q1, tricky test 07).
type Queue struct {
	kind     queueKind
	maxsize  any
	limit    int
	items    ring[any]
	heap     []any // PriorityQueue storage (heapq layout)
	getters  ring[*Future]
	putters  ring[*Future]
	unfinish int
	finished *Event
	bound    loopBinding
	// getBody is Get's coroutine body, built once: q.get() is called per
	// item, and a fresh closure each time would double its allocations.
	getBody func(co *Coro) any
}

type queueKind int

const (
	fifoQueue queueKind = iota
	priorityQueue
	lifoQueue
)

func (k queueKind) typeName() string {
	return [...]string{"Queue", "PriorityQueue", "LifoQueue"}[k]
}

var (
	queuePutInfo  = &CoroInfo{Name: "put", QualName: "Queue.put", File: asyncioFile("queues.py"), Line: 110, Def: "async def put(self, item):"}
	queueGetInfo  = &CoroInfo{Name: "get", QualName: "Queue.get", File: asyncioFile("queues.py"), Line: 149, Def: "async def get(self):"}
	queueJoinInfo = &CoroInfo{Name: "join", QualName: "Queue.join", File: asyncioFile("queues.py"), Line: 206, Def: "async def join(self):"}
)

// NewQueue is asyncio.Queue(maxsize); maxsize nil means 0 (unbounded).
func NewQueue(maxsize any) *Queue { return newQueue(fifoQueue, maxsize) }

// NewPriorityQueue is asyncio.PriorityQueue(maxsize): smallest item first.
func NewPriorityQueue(maxsize any) *Queue { return newQueue(priorityQueue, maxsize) }

// NewLifoQueue is asyncio.LifoQueue(maxsize): last in, first out.
func NewLifoQueue(maxsize any) *Queue { return newQueue(lifoQueue, maxsize) }

func newQueue(kind queueKind, maxsize any) *Queue {
	if maxsize == nil {
		maxsize = 0
	}
	q := &Queue{kind: kind, maxsize: maxsize, limit: queueLimit(maxsize), finished: NewEvent()}
	q.finished.Set()
	q.getBody = q.getStep
	return q
}

// queueLimit reduces maxsize to what full() compares against; a huge int is
// as good as unbounded, and a float maxsize works in CPython too.
func queueLimit(maxsize any) int {
	switch m := maxsize.(type) {
	case int:
		return m
	case bool:
		if m {
			return 1
		}
		return 0
	case float64:
		if m <= 0 {
			return 0
		}
		if m != float64(int(m)) {
			return int(m) + 1
		}
		return int(m)
	case *big.Int:
		if m.Sign() <= 0 {
			return 0
		}
		return int(^uint(0) >> 1)
	}
	panic(py.New(py.TypeError, fmt.Sprintf("'<=' not supported between instances of '%s' and 'int'", pyTypeName(maxsize))))
}

func (q *Queue) Qsize() int {
	if q.kind == priorityQueue {
		return len(q.heap)
	}
	return q.items.len()
}

func (q *Queue) Maxsize() any { return q.maxsize }
func (q *Queue) Empty() bool  { return q.Qsize() == 0 }

func (q *Queue) Full() bool {
	if q.limit <= 0 {
		return false
	}
	return q.Qsize() >= q.limit
}

func (q *Queue) store(item any) {
	if q.kind == priorityQueue {
		q.heap = heapPush(q.heap, item)
		return
	}
	q.items.pushBack(item)
}

func (q *Queue) take() any {
	switch q.kind {
	case priorityQueue:
		var item any
		q.heap, item = heapPop(q.heap)
		return item
	case lifoQueue:
		return q.items.popBack()
	}
	return q.items.popFront()
}

// wakeupNext resolves the first waiter that is not already done, dropping
// the done ones it passes (CPython pops them off the deque).
func wakeupNext(waiters *ring[*Future]) {
	for waiters.len() > 0 {
		w := waiters.popFront()
		if !w.Done() {
			w.SetResult(nil)
			return
		}
	}
}

func (q *Queue) PutNowait(item any) {
	if !q.tryPut(item) {
		panic(py.New(py.QueueFull))
	}
}

func (q *Queue) GetNowait() any {
	item, ok := q.tryGet()
	if !ok {
		panic(py.New(py.QueueEmpty))
	}
	return item
}

// tryPut is put_nowait without the QueueFull: the step-form put (which
// waits instead) shares it.
func (q *Queue) tryPut(item any) bool {
	if q.Full() {
		return false
	}
	q.store(item)
	q.unfinish++
	q.finished.Clear()
	if q.getters.size > 0 {
		wakeupNext(&q.getters)
	}
	return true
}

// tryGet is get_nowait without the QueueEmpty.
func (q *Queue) tryGet() (any, bool) {
	if q.Empty() {
		return nil, false
	}
	item := q.take()
	if q.putters.size > 0 {
		wakeupNext(&q.putters)
	}
	return item, true
}

// Put is `await q.put(item)`: a step coroutine (stepcoro.go holds the
// loop of queues.py's put).
func (q *Queue) Put(item any) *Coro {
	return NewStepCoro(queuePutInfo, func(co *Coro) any {
		if co.PC == 0 {
			co.StartQueuePut(q, item)
		}
		if co.Suspend() {
			co.line = 120
			co.PC = 1
			return Suspended
		}
		return co.AwaitResult()
	})
}

// Get is `await q.get()`.
func (q *Queue) Get() *Coro { return NewStepCoro(queueGetInfo, q.getBody) }

func (q *Queue) getStep(co *Coro) any {
	if co.PC == 0 {
		co.StartQueueGet(q)
	}
	if co.Suspend() {
		co.line = 158
		co.PC = 1
		return Suspended
	}
	return co.AwaitResult()
}

func (q *Queue) TaskDone() {
	if q.unfinish <= 0 {
		panic(py.New(py.ValueError, "task_done() called too many times"))
	}
	q.unfinish--
	if q.unfinish == 0 {
		q.finished.Set()
	}
}

// Join is `await q.join()`.
func (q *Queue) Join() *Coro {
	return NewStepCoro(queueJoinInfo, func(co *Coro) any {
		if co.PC == 0 {
			if q.unfinish == 0 {
				return nil
			}
			co.At(215)
			co.awaitAt(1, q.finished.Wait())
		}
		if _, s := co.resumeShown("await self._finished.wait()"); s {
			return Suspended
		}
		return nil
	})
}

func (q *Queue) contents() []any {
	switch q.kind {
	case priorityQueue:
		return append([]any(nil), q.heap...)
	}
	return q.items.slice()
}

func (q *Queue) format() string {
	s := "maxsize=" + py.Repr(q.maxsize)
	if q.Qsize() > 0 {
		s += " _queue=" + py.Repr(py.NewList(q.contents()...))
	}
	if q.getters.len() > 0 {
		s += fmt.Sprintf(" _getters[%d]", q.getters.len())
	}
	if q.putters.len() > 0 {
		s += fmt.Sprintf(" _putters[%d]", q.putters.len())
	}
	if q.unfinish > 0 {
		s += fmt.Sprintf(" tasks=%d", q.unfinish)
	}
	return s
}

func (q *Queue) PyRepr() string {
	return fmt.Sprintf("<%s at %s %s>", q.kind.typeName(), objectAddress(q), q.format())
}

func (q *Queue) PyStr() string        { return fmt.Sprintf("<%s %s>", q.kind.typeName(), q.format()) }
func (q *Queue) PyType() string       { return q.kind.typeName() }
func (q *Queue) PyTypeModule() string { return "asyncio.queues" }

func (q *Queue) PyGetAttr(name string) (any, bool) {
	switch name {
	case "put":
		return coreMethod("put", func(a []any) any { need(a, 1, "put"); return q.Put(a[0]) }), true
	case "get":
		return coreMethod("get", func([]any) any { return q.Get() }), true
	case "put_nowait":
		return coreMethod("put_nowait", func(a []any) any { need(a, 1, "put_nowait"); q.PutNowait(a[0]); return nil }), true
	case "get_nowait":
		return coreMethod("get_nowait", func([]any) any { return q.GetNowait() }), true
	case "task_done":
		return coreMethod("task_done", func([]any) any { q.TaskDone(); return nil }), true
	case "join":
		return coreMethod("join", func([]any) any { return q.Join() }), true
	case "qsize":
		return coreMethod("qsize", func([]any) any { return q.Qsize() }), true
	case "empty":
		return coreMethod("empty", func([]any) any { return q.Empty() }), true
	case "full":
		return coreMethod("full", func([]any) any { return q.Full() }), true
	case "maxsize":
		return q.maxsize, true
	}
	return nil, false
}

// heapPush and heapPop are Python's heapq with py.Lt, so a PriorityQueue of
// tuples compares them in full, exactly like CPython.
func heapPush(h []any, item any) []any {
	h = append(h, item)
	pos := len(h) - 1
	for pos > 0 {
		parent := (pos - 1) >> 1
		if !py.Lt(item, h[parent]) {
			break
		}
		h[pos] = h[parent]
		pos = parent
	}
	h[pos] = item
	return h
}

func heapPop(h []any) ([]any, any) {
	last := h[len(h)-1]
	h = h[:len(h)-1]
	if len(h) == 0 {
		return h, last
	}
	top := h[0]
	h[0] = last
	heapSiftUp(h, 0)
	return h, top
}

// heapSiftUp is heapq._siftup: move the hole down to a leaf, preferring the
// right child unless the left is strictly smaller, then bubble back up.
func heapSiftUp(h []any, pos int) {
	end, start, item := len(h), pos, h[pos]
	child := 2*pos + 1
	for child < end {
		right := child + 1
		if right < end && !py.Lt(h[child], h[right]) {
			child = right
		}
		h[pos] = h[child]
		pos = child
		child = 2*pos + 1
	}
	h[pos] = item
	for pos > start {
		parent := (pos - 1) >> 1
		if !py.Lt(item, h[parent]) {
			break
		}
		h[pos] = h[parent]
		pos = parent
	}
	h[pos] = item
}

// ring is a growable circular deque: the waiter deques and FIFO storage pop
// from the front in O(1), which the 1M-item queue benchmark depends on. Its
// capacity is a power of two so positions wrap with a mask.
type ring[T comparable] struct {
	buf        []T
	head, size int
}

func (r *ring[T]) len() int { return r.size }

func (r *ring[T]) pos(i int) int { return (r.head + i) & (len(r.buf) - 1) }

func (r *ring[T]) at(i int) T { return r.buf[r.pos(i)] }

func (r *ring[T]) grow() {
	n := len(r.buf) * 2
	if n == 0 {
		n = 8
	}
	buf := make([]T, n)
	for i := 0; i < r.size; i++ {
		buf[i] = r.at(i)
	}
	r.buf, r.head = buf, 0
}

func (r *ring[T]) pushBack(v T) {
	if r.size == len(r.buf) {
		r.grow()
	}
	r.buf[r.pos(r.size)] = v
	r.size++
}

func (r *ring[T]) popFront() T {
	var zero T
	v := r.buf[r.head]
	r.buf[r.head] = zero
	r.head = r.pos(1)
	r.size--
	return v
}

func (r *ring[T]) popBack() T {
	var zero T
	i := r.pos(r.size - 1)
	v := r.buf[i]
	r.buf[i] = zero
	r.size--
	return v
}

// remove deletes the first occurrence of v (deque.remove), reporting whether
// it was there. Waiters usually leave from the front, which is O(1).
func (r *ring[T]) remove(v T) bool {
	for i := 0; i < r.size; i++ {
		if r.at(i) != v {
			continue
		}
		if i < r.size/2 {
			for j := i; j > 0; j-- {
				r.buf[r.pos(j)] = r.at(j - 1)
			}
			r.popFront()
		} else {
			for j := i; j < r.size-1; j++ {
				r.buf[r.pos(j)] = r.at(j + 1)
			}
			r.popBack()
		}
		return true
	}
	return false
}

func (r *ring[T]) slice() []T {
	out := make([]T, r.size)
	for i := range out {
		out[i] = r.at(i)
	}
	return out
}
