package rt

import (
	"iter"
	"runtime"
	"testing"
)

// BenchmarkIterPullRoundTrip is the floor for a task switch: one bare
// next/yield round trip of an iter.Pull coroutine.
func BenchmarkIterPullRoundTrip(b *testing.B) {
	next, stop := iter.Pull(func(yield func(struct{}) bool) {
		for yield(struct{}{}) {
		}
	})
	defer stop()
	b.ReportAllocs()
	for b.Loop() {
		next()
	}
}

// BenchmarkSleep0 measures one `await asyncio.sleep(0)` round trip: two
// tasks ping-pong through the ready queue; each op is one sleep(0).
func BenchmarkSleep0(b *testing.B) {
	testMu.Lock()
	defer testMu.Unlock()
	resetEventLoopPolicy()
	l := NewEventLoop()
	n := b.N / 2
	yielder := func() *Coro {
		return goCoro(info("yielder", 1), func(co *Coro) any {
			for i := 0; i < n; i++ {
				co.Sleep(0)
			}
			return nil
		})
	}
	t1 := l.CreateTask(yielder(), nil)
	t2 := l.CreateTask(yielder(), nil)
	// Warm up: start both coroutines so their stacks exist.
	l.Stop()
	l.RunForever()
	b.ReportAllocs()
	b.ResetTimer()
	l.RunUntilComplete(t1)
	l.RunUntilComplete(t2)
	b.StopTimer()
	l.Close()
	resetEventLoopPolicy()
}

// BenchmarkPendingTaskMemory reports the memory held per task blocked on a
// future (100k tasks): heap + goroutine stacks.
func BenchmarkPendingTaskMemory(b *testing.B) {
	testMu.Lock()
	defer testMu.Unlock()
	const tasks = 100_000
	for b.Loop() {
		resetEventLoopPolicy()
		l := NewEventLoop()
		runtime.GC()
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		futs := make([]*Future, tasks)
		for i := range futs {
			f := l.CreateFuture()
			futs[i] = f
			l.CreateTask(goCoro(info("blocked", 1), func(co *Coro) any { return co.Await(f) }), nil)
		}
		l.Stop()
		l.RunForever()
		runtime.GC()
		runtime.ReadMemStats(&after)
		used := (after.HeapInuse + after.StackInuse) - (before.HeapInuse + before.StackInuse)
		b.ReportMetric(float64(used)/tasks, "bytes/task")
		for _, f := range futs {
			f.setResultPlain(nil)
		}
		l.Stop()
		l.RunForever()
		l.Stop()
		l.RunForever()
		l.Close()
		destroyedPending = nil
	}
	resetEventLoopPolicy()
}

// BenchmarkStepQueue passes b.N items through Queue(maxsize=100) between two
// step coroutines (bench/workloads/queue.py as codegen lowers it).
func BenchmarkStepQueue(b *testing.B) {
	testMu.Lock()
	defer testMu.Unlock()
	resetEventLoopPolicy()
	defer resetEventLoopPolicy()
	n := b.N
	q := NewQueue(100)
	producer := func() *Coro {
		i := 0
		return NewStepCoro(info("producer", 1), func(co *Coro) any {
			switch co.PC {
			case 1:
				goto resume1
			}
		loop:
			if i >= n {
				return nil
			}
			co.StartQueuePut(q, i)
		resume1:
			if co.Suspend() {
				co.PC = 1
				return Suspended
			}
			co.AwaitResult()
			i++
			goto loop
		})
	}
	consumer := func() *Coro {
		i := 0
		return NewStepCoro(info("consumer", 2), func(co *Coro) any {
			switch co.PC {
			case 1:
				goto resume1
			}
		loop:
			if i >= n {
				return nil
			}
			co.StartQueueGet(q)
		resume1:
			if co.Suspend() {
				co.PC = 1
				return Suspended
			}
			co.AwaitResult()
			i++
			goto loop
		})
	}
	l := NewEventLoop()
	SetEventLoop(l)
	defer l.Close()
	b.ReportAllocs()
	b.ResetTimer()
	l.RunUntilComplete(Gather([]any{producer(), consumer()}, false))
}
