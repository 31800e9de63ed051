package main

import (
	"fmt"

	"github.com/pyasync2go/pyasync2go/rt"
)

// The rt halves of bench/workloads/*.py, written the way codegen lowers the
// Python (one CoroInfo per async def, co.Sleep, co.Await, rt.AEnter/AExit).

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

func runMain(body func(co *rt.Coro)) {
	rt.Run(rt.NewCoro(mainInfo, func(co *rt.Coro) any { body(co); return nil }), nil)
}

// spawnGather: gather 100k tasks that each sleep(0).
func spawnGather() {
	const n = 100_000
	runMain(func(co *rt.Coro) {
		children := make([]any, n)
		for i := range children {
			children[i] = rt.NewCoro(childInfo, func(co *rt.Coro) any {
				co.Sleep(0)
				return nil
			})
		}
		co.Await(rt.Gather(children, false))
	})
}

// yields: 1M sleep(0) yields shared by two tasks.
func yields() {
	const n = 1_000_000
	yielder := func(k int) *rt.Coro {
		return rt.NewCoro(yielderInfo, func(co *rt.Coro) any {
			for range k {
				co.Sleep(0)
			}
			return nil
		})
	}
	runMain(func(co *rt.Coro) {
		co.Await(rt.Gather([]any{yielder(n / 2), yielder(n / 2)}, false))
	})
}

// queue: Queue(maxsize=100) passing 1M items from a producer to a consumer.
func queue() {
	const n = 1_000_000
	runMain(func(co *rt.Coro) {
		q := rt.NewQueue(100)
		producer := rt.NewCoro(producerInfo, func(co *rt.Coro) any {
			for i := range n {
				co.Await(q.Put(i))
			}
			return nil
		})
		consumer := rt.NewCoro(consumerInfo, func(co *rt.Coro) any {
			total := 0
			for range n {
				total += co.Await(q.Get()).(int)
			}
			if total != n*(n-1)/2 {
				panic(fmt.Sprintf("queue workload lost items: total %d", total))
			}
			return nil
		})
		co.Await(rt.Gather([]any{producer, consumer}, false))
	})
}

// lock: 1000 tasks taking turns on one Lock 200 times each.
func lock() {
	const tasks, rounds = 1000, 200
	runMain(func(co *rt.Coro) {
		l := rt.NewLock()
		counter := 0
		users := make([]any, tasks)
		for i := range users {
			users[i] = rt.NewCoro(userInfo, func(co *rt.Coro) any {
				for range rounds {
					rt.AEnter(co, l)
					counter++
					co.Sleep(0)
					rt.AExit(co, l, nil)
				}
				return nil
			})
		}
		co.Await(rt.Gather(users, false))
		if counter != tasks*rounds {
			panic(fmt.Sprintf("lock workload miscounted: %d", counter))
		}
	})
}

// sleepers: 100k sleepers with distinct deadlines (1 µs apart), on the
// virtual clock.
func sleepers() {
	const n = 100_000
	runMain(func(co *rt.Coro) {
		children := make([]any, n)
		for i := range children {
			children[i] = rt.NewCoro(sleeperInfo, func(co *rt.Coro) any {
				co.Sleep(float64(i) * 1e-6)
				return nil
			})
		}
		co.Await(rt.Gather(children, false))
	})
}
