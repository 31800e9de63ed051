package main

import (
	"fmt"

	"github.com/pyasync2go/pyasync2go/rt"
	"github.com/pyasync2go/pyasync2go/rt/py"
)

// The rt halves of bench/workloads/*.py, written the way codegen lowers the
// Python: one CoroInfo per async def; an async def whose awaits sit in
// statements, loops and `async with` becomes a step coroutine
// (rt.NewStepCoro, DESIGN.md "Stackless coroutines"), as every async def
// here does.

func coroInfo(name string, line int) *rt.CoroInfo {
	return &rt.CoroInfo{Name: name, QualName: name, File: "bench.py", Line: line}
}

var (
	mainInfo     = coroInfo("main", 1)
	childInfo    = coroInfo("child", 2)
	yielderInfo  = coroInfo("yielder", 3)
	producerInfo = coroInfo("producer", 4)
	consumerInfo = coroInfo("consumer", 5)
	userInfo     = coroInfo("user", 6)
	sleeperInfo  = coroInfo("sleeper", 7)
)

// runGatherMain runs `async def main(): await asyncio.gather(*aws())`.
func runGatherMain(aws func() []any) {
	rt.Run(rt.NewStepCoro(mainInfo, func(co *rt.Coro) any {
		switch co.PC {
		case 1:
			goto resume1
		}
		co.StartAwait(rt.Gather(aws(), false))
	resume1:
		if co.Suspend() {
			co.PC = 1
			return rt.Suspended
		}
		co.AwaitResult()
		return nil
	}), nil)
}

// child is `async def child(): await asyncio.sleep(delay)`.
func child(info *rt.CoroInfo, delay any) *rt.Coro {
	return rt.NewStepCoro(info, func(co *rt.Coro) any {
		switch co.PC {
		case 1:
			goto resume1
		}
		co.StartSleep(delay, nil)
	resume1:
		if co.Suspend() {
			co.PC = 1
			return rt.Suspended
		}
		co.AwaitResult()
		return nil
	})
}

// spawnGather: gather 100k tasks that each sleep(0).
func spawnGather() {
	const n = 100_000
	runGatherMain(func() []any {
		children := make([]any, n)
		for i := range children {
			children[i] = child(childInfo, 0)
		}
		return children
	})
}

// yields: 1M sleep(0) yields shared by two tasks.
func yields() {
	const n = 1_000_000
	yielder := func(k int) *rt.Coro {
		i := 0
		return rt.NewStepCoro(yielderInfo, func(co *rt.Coro) any {
			switch co.PC {
			case 1:
				goto resume1
			}
		loop:
			if i >= k {
				return nil
			}
			i++
			co.StartSleep(0, nil)
		resume1:
			if co.Suspend() {
				co.PC = 1
				return rt.Suspended
			}
			co.AwaitResult()
			goto loop
		})
	}
	runGatherMain(func() []any { return []any{yielder(n / 2), yielder(n / 2)} })
}

// queue: Queue(maxsize=100) passing 1M items from a producer to a consumer.
func queue() {
	const n = 1_000_000
	q := rt.NewQueue(100)
	producer := func() *rt.Coro {
		i := 0
		return rt.NewStepCoro(producerInfo, func(co *rt.Coro) any {
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
				return rt.Suspended
			}
			co.AwaitResult()
			i++
			goto loop
		})
	}
	consumer := func() *rt.Coro {
		i, total := 0, 0
		return rt.NewStepCoro(consumerInfo, func(co *rt.Coro) any {
			switch co.PC {
			case 1:
				goto resume1
			}
		loop:
			if i >= n {
				if total != n*(n-1)/2 {
					panic(fmt.Sprintf("queue workload lost items: total %d", total))
				}
				return nil
			}
			co.StartQueueGet(q)
		resume1:
			if co.Suspend() {
				co.PC = 1
				return rt.Suspended
			}
			total += co.AwaitResult().(int)
			i++
			goto loop
		})
	}
	runGatherMain(func() []any { return []any{producer(), consumer()} })
}

// lock: 1000 tasks taking turns on one Lock 200 times each. The async
// with is a handler region: an exception in its body re-enters the step at
// the handler, which runs __aexit__ with it.
func lock() {
	const tasks, rounds = 1000, 200
	l := rt.NewLock()
	counter := 0
	user := func() *rt.Coro {
		i := 0
		var handler int
		var raised *py.Exception
		step := func(co *rt.Coro) any {
			switch co.PC {
			case 1:
				goto resume1
			case 2:
				goto resume2
			case 3:
				goto handler3
			case 4:
				goto resume4
			case 5:
				goto resume5
			}
		loop:
			if i >= rounds {
				return nil
			}
			i++
			co.StartAEnter(l)
		resume1:
			if co.Suspend() {
				co.PC = 1
				return rt.Suspended
			}
			co.AwaitResult()
			handler = 3
			counter++
			co.StartSleep(0, nil)
		resume2:
			if co.Suspend() {
				co.PC = 2
				return rt.Suspended
			}
			co.AwaitResult()
			handler = 0
			co.StartAExit(l, nil)
		resume4:
			if co.Suspend() {
				co.PC = 4
				return rt.Suspended
			}
			co.AwaitResult()
			goto loop
		handler3:
			co.StartAExit(l, raised)
		resume5:
			if co.Suspend() {
				co.PC = 5
				return rt.Suspended
			}
			if !co.AwaitResult().(bool) {
				panic(raised)
			}
			goto loop
		}
		// codegen's region loop (regionWrapper): an exception escaping
		// the step inside the region re-enters it at the handler.
		return rt.NewStepCoro(userInfo, func(co *rt.Coro) any {
			for {
				res, exc := func() (res any, exc *py.Exception) {
					defer func() {
						if handler == 0 {
							return
						}
						if r := recover(); r != nil {
							e, ok := r.(*py.Exception)
							if !ok {
								panic(r)
							}
							py.AddTraceback(e)
							exc = e
						}
					}()
					return step(co), nil
				}()
				if exc == nil {
					return res
				}
				switch handler {
				case 3:
					co.PC = 3
				}
				raised, handler = exc, 0
			}
		})
	}
	runGatherMain(func() []any {
		users := make([]any, tasks)
		for i := range users {
			users[i] = user()
		}
		return users
	})
	if counter != tasks*rounds {
		panic(fmt.Sprintf("lock workload miscounted: %d", counter))
	}
}

// sleepers: 100k sleepers with distinct deadlines (1 µs apart), on the
// virtual clock.
func sleepers() {
	const n = 100_000
	runGatherMain(func() []any {
		children := make([]any, n)
		for i := range children {
			children[i] = child(sleeperInfo, float64(i)*1e-6)
		}
		return children
	})
}

var workerInfo = coroInfo("worker", 10)

// fibRec is the workload's fib typed, as typed codegen would emit it.
func fibRec(n int) int {
	if n < 2 {
		return n
	}
	return fibRec(n-1) + fibRec(n-2)
}

// fib: fib(27) in each of 8 gathered tasks, each after one sleep(0).
func fib() {
	worker := func() *rt.Coro {
		return rt.NewStepCoro(workerInfo, func(co *rt.Coro) any {
			switch co.PC {
			case 1:
				goto resume1
			}
			co.StartSleep(0, nil)
		resume1:
			if co.Suspend() {
				co.PC = 1
				return rt.Suspended
			}
			co.AwaitResult()
			return fibRec(27)
		})
	}
	total := 0
	rt.Run(rt.NewStepCoro(mainInfo, func(co *rt.Coro) any {
		switch co.PC {
		case 1:
			goto resume1
		}
		{
			ws := make([]any, 8)
			for k := range ws {
				ws[k] = worker()
			}
			co.StartAwait(rt.Gather(ws, false))
		}
	resume1:
		if co.Suspend() {
			co.PC = 1
			return rt.Suspended
		}
		for r := range py.Iter(co.AwaitResult()) {
			total += r.(int)
		}
		return nil
	}), nil)
	if total != 8*196418 {
		panic(fmt.Sprintf("fib workload miscounted: %d", total))
	}
}
