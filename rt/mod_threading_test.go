package rt

import (
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/pyasync2go/pyasync2go/rt/py"
)

func method(obj any, name string, args ...any) any { return py.CallMethod(obj, name, args, nil) }

func goFunc(fn func(a []any) any) *boundMethod {
	return &boundMethod{name: "f", fn: func(a []any, _ []py.KW) any { return fn(a) }}
}

// The grace rule: a to_thread worker blocked on a threading.Event that the
// loop sets after sleep(0.5) does not freeze the virtual-clock loop; the
// timer fires once the thread has been quiet for threadGrace.
//
//	async def main():
//	    ev = threading.Event()
//	    t = asyncio.create_task(asyncio.to_thread(ev.wait))
//	    await asyncio.sleep(0.5)
//	    print(loop.time()); ev.set(); print(await t, loop.time())
func TestGraceRuleThreadWaitsOnLoop(t *testing.T) {
	start := time.Now()
	out := libRun(t, func(co *Coro, p func(...any)) {
		loop := GetRunningLoop()
		ev := ThreadingEvent()
		wait, _ := ev.PyGetAttr("wait")
		task := loop.CreateTask(ToThread(wait, nil, nil), nil)
		co.Sleep(0.5)
		p(loop.Time())
		method(ev, "set")
		p(co.Await(task), loop.Time())
	})
	require.Equal(t, "0.5\nTrue 0.5\n", out)
	require.GreaterOrEqual(t, time.Since(start), threadGrace)
}

// Thread work that finishes takes no virtual time and no grace wait.
func TestGraceRuleWorkThatFinishes(t *testing.T) {
	start := time.Now()
	out := libRun(t, func(co *Coro, p func(...any)) {
		loop := GetRunningLoop()
		var n atomic.Int64
		th := NewThread(nil, goFunc(func([]any) any { n.Add(1); return nil }), "w", nil, nil, nil)
		th.Start()
		task := loop.CreateTask(ToThread(goFunc(func([]any) any { return 7 }), nil, nil), nil)
		co.Sleep(1)
		th.Join(nil)
		p(co.Await(task), n.Load(), loop.Time())
	})
	require.Equal(t, "7 1 1.0\n", out)
	require.Less(t, time.Since(start), threadGrace)
}

// Locks, conditions and semaphores under contention (go test -race).
func TestThreadPrimitivesContend(t *testing.T) {
	lock, rlock := ThreadingLock(), ThreadingRLock()
	cond := ThreadingCondition(nil)
	sem := ThreadingBoundedSemaphore(2)
	counter, rcounter, inSem, maxInSem := 0, 0, atomic.Int64{}, atomic.Int64{}
	items := []int{}
	var threads []*Thread
	for i := range 8 {
		th := NewThread(nil, goFunc(func([]any) any {
			for range 100 {
				py.Enter(lock)
				counter++
				py.Exit(lock, nil)
				py.Enter(rlock)
				py.Enter(rlock)
				rcounter++
				py.Exit(rlock, nil)
				py.Exit(rlock, nil)
			}
			py.Enter(sem)
			if v := inSem.Add(1); v > maxInSem.Load() {
				maxInSem.Store(v)
			}
			time.Sleep(time.Millisecond)
			inSem.Add(-1)
			py.Exit(sem, nil)
			py.Enter(cond)
			items = append(items, i)
			method(cond, "notify_all")
			py.Exit(cond, nil)
			return nil
		}), nil, nil, nil, nil)
		th.Start()
		threads = append(threads, th)
	}
	py.Enter(cond)
	method(cond, "wait_for", goFunc(func([]any) any { return len(items) == 8 }))
	py.Exit(cond, nil)
	for _, th := range threads {
		th.Join(nil)
		require.False(t, th.IsAlive())
	}
	require.Equal(t, 800, counter)
	require.Equal(t, 800, rcounter)
	require.LessOrEqual(t, maxInSem.Load(), int64(2))
	exc := coreTry(func() { method(sem, "release") })
	require.NotNil(t, exc)
	require.Equal(t, "Semaphore released too many times", py.Str(exc))
	require.Equal(t, false, method(ThreadingLock(), "acquire", false, nil) == false)
}

// A pool keeps submission order with one worker, names its threads like
// CPython, and reports failures through the future.
func TestThreadPoolExecutor(t *testing.T) {
	pool := NewThreadPoolExecutor(1, "unit", nil, nil)
	var fs []*ConcurrentFuture
	for i := range 5 {
		fs = append(fs, pool.Submit(goFunc(func(a []any) any {
			if a[0] == 3 {
				panic(py.New(py.ValueError, "three"))
			}
			return currentThread().Name()
		}), []any{i}, nil))
	}
	for i, f := range fs {
		if i == 3 {
			require.Equal(t, "three", py.Str(f.Exception(nil)))
			continue
		}
		require.Equal(t, "unit_0", f.Result(nil))
	}
	res := FuturesWait(py.NewList(anys(fs)...), nil, "ALL_COMPLETED").(*doneAndNotDone)
	require.Equal(t, 5, py.Len(res.done))
	pool.Shutdown(true, false)
	_, err := pool.submit(func() any { return nil })
	require.NotNil(t, err)
}

func anys(fs []*ConcurrentFuture) []any {
	out := make([]any, len(fs))
	for i, f := range fs {
		out[i] = f
	}
	return out
}

// queue.Queue between threads: every item arrives once, join waits for
// task_done, and a bounded put times out with queue.Full.
func TestThreadQueue(t *testing.T) {
	q := QueueQueue(3)
	sum := atomic.Int64{}
	var workers []*Thread
	for range 3 {
		th := NewThread(nil, goFunc(func([]any) any {
			for {
				item := q.Get(true, nil)
				if item == nil {
					q.taskDone()
					return nil
				}
				sum.Add(int64(item.(int)))
				q.taskDone()
			}
		}), nil, nil, nil, nil)
		th.Start()
		workers = append(workers, th)
	}
	for i := 1; i <= 100; i++ {
		q.Put(i, true, nil)
	}
	q.join()
	require.Equal(t, int64(5050), sum.Load())
	for range workers {
		q.Put(nil, true, nil)
	}
	for _, w := range workers {
		w.Join(nil)
	}
	full := QueueQueue(1)
	full.Put(1, true, nil)
	exc := coreTry(func() { full.Put(2, true, 0.01) })
	require.NotNil(t, exc)
	require.True(t, exc.Is(py.QueueFullError))
}

// contextvars: a task's changes stay in its copy of the context.
func TestContextVarsTasks(t *testing.T) {
	v := NewContextVar("v", nil, []py.KW{{Name: "default", Value: "d"}})
	out := libRun(t, func(co *Coro, p func(...any)) {
		method(v, "set", "parent")
		child := goCoro(libInfo("child", 1), func(co *Coro) any {
			p("child sees", method(v, "get"))
			method(v, "set", "child")
			return nil
		})
		co.Await(GetRunningLoop().CreateTask(child, nil))
		p("parent keeps", method(v, "get"))
	})
	require.Equal(t, "child sees parent\nparent keeps parent\n", out)
}
