package rt

import (
	"regexp"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/pyasync2go/pyasync2go/rt/py"
)

// tricky/07_queue_barging.py (source in ../shared/tricky): a woken getter
// whose item is stolen re-queues at the back; put_nowait barges into a
// bounded queue; PriorityQueue and LifoQueue order.
func TestTricky07QueueBarging(t *testing.T) {
	out := libRun(t, func(co *Coro, p func(...any)) {
		getter := func(q *Queue, name string) *Coro {
			return goCoro(libInfo("getter", 2), func(co *Coro) any {
				p(name, "got", co.Await(q.Get()))
				return nil
			})
		}
		putter := func(q *Queue, v string) *Coro {
			return goCoro(libInfo("putter", 4), func(co *Coro) any {
				co.Await(q.Put(v))
				p("put", v, "done")
				return nil
			})
		}
		q := NewQueue(nil)
		ts := []any{CreateTask(getter(q, "g1"), nil), CreateTask(getter(q, "g2"), nil), CreateTask(getter(q, "g3"), nil)}
		co.Sleep(0)
		q.PutNowait(1)
		q.PutNowait(2)
		p("main stole", q.GetNowait())
		co.Sleep(0)
		q.PutNowait(3)
		q.PutNowait(4)
		awaitAll(co, ts...)
		b := NewQueue(1)
		for _, v := range []string{"x", "y", "z"} {
			CreateTask(putter(b, v), nil)
		}
		co.Sleep(0)
		p("main took", b.GetNowait())
		b.PutNowait("barge")
		for range 3 {
			p("main got", co.Await(b.Get()))
		}
		pq, lq := NewPriorityQueue(nil), NewLifoQueue(nil)
		for _, v := range []int{3, 1, 2} {
			pq.PutNowait(v)
			lq.PutNowait(v)
		}
		var fromP, fromL []any
		for range 3 {
			fromP = append(fromP, pq.GetNowait())
			fromL = append(fromL, lq.GetNowait())
		}
		p(fromP, fromL)
	})
	require.Equal(t, `main stole 1
g1 got 2
g3 got 3
g2 got 4
put x done
main took x
main got barge
put y done
main got y
put z done
main got z
[1, 2, 3] [2, 1, 3]
`, out)
}

// queue.py, semantics Q1:
//
//	async def getter(q, n): print(n, "got", await q.get())
//	async def main():
//	    q = asyncio.Queue()
//	    ts = [asyncio.create_task(getter(q, n)) for n in ("g1", "g2")]
//	    await asyncio.sleep(0)
//	    q.put_nowait("a"); q.put_nowait("b"); await asyncio.gather(*ts)
//	    try: q.get_nowait()
//	    except asyncio.QueueEmpty as e: print("QueueEmpty", repr(e))
//	    f = asyncio.Queue(1); f.put_nowait(1)
//	    try: f.put_nowait(2)
//	    except asyncio.QueueFull as e: print("QueueFull", repr(e))
//	    print(str(f), f.qsize(), f.full())
func TestQueue(t *testing.T) {
	out := libRun(t, func(co *Coro, p func(...any)) {
		q := NewQueue(nil)
		getter := func(n string) *Coro {
			return goCoro(libInfo("getter", 2), func(co *Coro) any {
				p(n, "got", co.Await(q.Get()))
				return nil
			})
		}
		ts := []any{CreateTask(getter("g1"), nil), CreateTask(getter("g2"), nil)}
		co.Sleep(0)
		q.PutNowait("a")
		q.PutNowait("b")
		awaitAll(co, ts...)
		tryExcept(func() { q.GetNowait() }, py.QueueEmpty, func(e *py.Exception) { p("QueueEmpty", libRepr(e)) })
		f := NewQueue(1)
		f.PutNowait(1)
		tryExcept(func() { f.PutNowait(2) }, py.QueueFull, func(e *py.Exception) { p("QueueFull", libRepr(e)) })
		p(f.PyStr(), f.Qsize(), f.Full())
	})
	require.Equal(t, `g1 got a
g2 got b
QueueEmpty QueueEmpty()
QueueFull QueueFull()
<Queue maxsize=1 _queue=[1] tasks=1> 1 True
`, out)
}

// join.py, semantics Q1:
//
//	async def worker(q, name):
//	    while True:
//	        v = await q.get(); print(name, "got", v)
//	        await asyncio.sleep(0); q.task_done(); print(name, "done", v)
//	async def main():
//	    q = asyncio.Queue()
//	    for i in range(3): q.put_nowait(i)
//	    ws = [asyncio.create_task(worker(q, f"w{i}")) for i in range(2)]
//	    await q.join(); print("joined")
//	    for w in ws: w.cancel()
//	    print(await asyncio.gather(*ws, return_exceptions=True))
func TestQueueJoin(t *testing.T) {
	out := libRun(t, func(co *Coro, p func(...any)) {
		worker := func(q *Queue, name string) *Coro {
			return goCoro(libInfo("worker", 2), func(co *Coro) any {
				for {
					v := co.Await(q.Get())
					p(name, "got", v)
					co.Sleep(0)
					q.TaskDone()
					p(name, "done", v)
				}
			})
		}
		q := NewQueue(nil)
		for i := range 3 {
			q.PutNowait(i)
		}
		ws := []any{CreateTask(worker(q, "w0"), nil), CreateTask(worker(q, "w1"), nil)}
		co.Await(q.Join())
		p("joined")
		for _, w := range ws {
			w.(*Task).Cancel(nil)
		}
		p(co.Await(Gather(ws, true)))
	})
	require.Equal(t, `w0 got 0
w1 got 1
w0 done 0
w0 got 2
w1 done 1
w0 done 2
joined
[CancelledError(''), CancelledError('')]
`, out)
}

// queue_misc.py (new; output from python3):
//
//	async def main():
//	    q = asyncio.Queue(2)
//	    print(q.maxsize, q.empty(), q.full(), q.qsize())
//	    await q.put("a"); await q.put("b")
//	    print(str(q), q.full())
//	    async def late_put():
//	        await q.put("c"); print("late put done")
//	    t = asyncio.create_task(late_put())
//	    await asyncio.sleep(0)
//	    print(str(q))
//	    print(await q.get(), str(q))
//	    await t
//	    for _ in range(3): q.task_done()
//	    try: q.task_done()
//	    except ValueError as e: print("ValueError", e)
//	    g = asyncio.create_task(q.get())
//	    await asyncio.sleep(0)
//	    print(g.done(), q.qsize())
//	    p = asyncio.PriorityQueue()
//	    for item in [(2, "b"), (1, "z"), (1, "a"), (3, "c")]: p.put_nowait(item)
//	    print([p.get_nowait() for _ in range(4)])
//	    getter = asyncio.create_task(asyncio.Queue().get())
//	    await asyncio.sleep(0); getter.cancel()
//	    try: await getter
//	    except asyncio.CancelledError: print("getter cancelled")
//	    await g; print("g got", g.result())
func TestQueueMisc(t *testing.T) {
	out := libRun(t, func(co *Coro, p func(...any)) {
		q := NewQueue(2)
		p(q.Maxsize(), q.Empty(), q.Full(), q.Qsize())
		co.Await(q.Put("a"))
		co.Await(q.Put("b"))
		p(q.PyStr(), q.Full())
		task := CreateTask(goCoro(libInfo("late_put", 7), func(co *Coro) any {
			co.Await(q.Put("c"))
			p("late put done")
			return nil
		}), nil)
		co.Sleep(0)
		p(q.PyStr())
		p(co.Await(q.Get()), q.PyStr())
		co.Await(task)
		for range 3 {
			q.TaskDone()
		}
		tryExcept(func() { q.TaskDone() }, py.ValueError, func(e *py.Exception) { p("ValueError", e) })
		g := CreateTask(q.Get(), nil)
		co.Sleep(0)
		p(g.Done(), q.Qsize())
		pq := NewPriorityQueue(nil)
		for _, item := range []py.Tuple{{2, "b"}, {1, "z"}, {1, "a"}, {3, "c"}} {
			pq.PutNowait(item)
		}
		var got []any
		for range 4 {
			got = append(got, pq.GetNowait())
		}
		p(got)
		getter := CreateTask(NewQueue(nil).Get(), nil)
		co.Sleep(0)
		getter.Cancel(nil)
		tryExcept(func() { co.Await(getter) }, py.CancelledError, func(*py.Exception) { p("getter cancelled") })
		co.Await(g)
		p("g got", g.Result())
	})
	require.Equal(t, `2 True False 0
<Queue maxsize=2 _queue=['a', 'b'] tasks=2> True
<Queue maxsize=2 _queue=['a', 'b'] _putters[1] tasks=2>
a <Queue maxsize=2 _queue=['b'] tasks=2>
late put done
ValueError task_done() called too many times
True 1
[(1, 'a'), (1, 'z'), (2, 'b'), (3, 'c')]
getter cancelled
g got b
`, out)
}

// qbound.py (new; output from python3, address replaced): a Queue bound to
// one loop refuses another (mixins._LoopBoundMixin).
//
//	q = asyncio.Queue()
//	async def first():
//	    asyncio.create_task(q.get()); await asyncio.sleep(0)
//	async def second():
//	    try: await q.get()
//	    except RuntimeError as e: print(re.sub(r' at 0x[0-9a-f]+', ' at 0x', str(e)))
//	asyncio.run(first()); asyncio.run(second())
func TestQueueBoundToOneLoop(t *testing.T) {
	q := NewQueue(nil)
	libRun(t, func(co *Coro, p func(...any)) {
		CreateTask(q.Get(), nil)
		co.Sleep(0)
	})
	var exc *py.Exception
	libRun(t, func(co *Coro, p func(...any)) {
		exc = coreTry(func() { co.Await(q.Get()) })
	})
	require.NotNil(t, exc)
	require.True(t, exc.Is(py.RuntimeError))
	require.Equal(t, "<Queue at 0x maxsize=0> is bound to a different event loop",
		regexp.MustCompile(` at 0x[0-9a-f]+`).ReplaceAllString(py.ExcStr(exc), " at 0x"))
}

func TestRingRemoveKeepsOrder(t *testing.T) {
	for remove := 0; remove < 12; remove++ {
		var r ring[int]
		for i := range 20 {
			r.pushBack(i)
		}
		for range 8 { // wrap around the buffer
			r.pushBack(r.popFront())
		}
		var want []int
		for _, v := range r.slice() {
			if v != remove {
				want = append(want, v)
			}
		}
		require.True(t, r.remove(remove))
		require.False(t, r.remove(remove))
		require.Equal(t, want, r.slice())
	}
}
