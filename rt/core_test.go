package rt

import (
	"os"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/pyasync2go/pyasync2go/rt/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Every expected output below is CPython 3.11.7's, copied from
// ../shared/asyncio-semantics.md or ../shared/tricky/*.out; the Python
// program is named (or quoted) next to each test.

func lines(ls ...string) string { return strings.Join(ls, "\n") + "\n" }

// tricky/01_ready_vs_timers.py
func TestTricky01ReadyVsTimers(t *testing.T) {
	for _, virtual := range []bool{false, true} {
		r := runProg(t, virtual, func(p printer) {
			Run(goCoro(info("main", 3), func(co *Coro) any {
				loop := GetRunningLoop()
				var cb func(args ...any)
				cb = func(args ...any) {
					tag := args[0].(string)
					p("cb", tag)
					if tag == "soon1" {
						loop.CallLater(0, cb, "later0-child")
						loop.CallSoon(cb, "soon1-child")
					}
				}
				loop.CallLater(0, cb, "later0")
				loop.CallAt(loop.Time()-1, cb, "at-past")
				loop.CallSoon(cb, "soon1")
				loop.CallSoon(cb, "soon2")
				co.Sleep(0)
				p("main after sleep(0) #1")
				co.Sleep(0)
				p("main after sleep(0) #2")
				co.Sleep(0)
				p("main after sleep(0) #3")
				return nil
			}), nil)
		})
		assert.Equal(t, lines("cb soon1", "cb soon2", "main after sleep(0) #1", "cb at-past", "cb later0",
			"cb soon1-child", "main after sleep(0) #2", "cb later0-child", "main after sleep(0) #3"), r.stdout)
		assert.Equal(t, "", r.stderr)
		assert.Equal(t, 0, r.status)
	}
}

// tricky/02_snapshot_pingpong.py
func TestTricky02SnapshotPingpong(t *testing.T) {
	r := runProg(t, false, func(p printer) {
		worker := func(name string, n int) *Coro {
			return goCoro(info("worker", 3), func(co *Coro) any {
				for i := 0; i < n; i++ {
					p(name, i)
					co.Sleep(0)
				}
				return name
			})
		}
		Run(goCoro(info("main", 9), func(co *Coro) any {
			loop := GetRunningLoop()
			count := 0
			var chain func()
			chain = func() {
				count++
				p("chain", count)
				if count < 4 {
					loop.CallSoon(chain)
				}
			}
			a := CreateTask(worker("A", 3), nil)
			loop.CallSoon(chain)
			b := CreateTask(worker("B", 1), nil)
			p("main before await")
			p("main got", co.Await(a), "b done:", b.Done())
			return nil
		}), nil)
	})
	assert.Equal(t, lines("main before await", "A 0", "chain 1", "B 0", "A 1", "chain 2", "A 2", "chain 3",
		"chain 4", "main got A b done: True"), r.stdout)
}

// tricky/04_shutdown_leftovers.py
func TestTricky04ShutdownLeftovers(t *testing.T) {
	r := runProg(t, false, func(p printer) {
		sleeper := func() *Coro {
			return goCoro(info("sleeper", 2), func(co *Coro) any {
				defer p("sleeper finally")
				co.Sleep(10)
				return nil
			})
		}
		looper := func() *Coro {
			return goCoro(info("looper", 7), func(co *Coro) any {
				defer p("looper finally")
				for i := 0; i < 5; i++ {
					p("looper", i)
					co.Sleep(0)
				}
				return nil
			})
		}
		neverStarted := func() *Coro {
			return goCoro(info("never_started", 16), func(co *Coro) any { p("never printed"); return nil })
		}
		spawner := func() *Coro {
			return goCoro(info("spawner", 14), func(co *Coro) any {
				p("spawner runs")
				CreateTask(neverStarted(), nil)
				return nil
			})
		}
		Run(goCoro(info("main", 17), func(co *Coro) any {
			CreateTask(sleeper(), nil)
			CreateTask(looper(), nil)
			co.Sleep(0)
			CreateTask(spawner(), nil)
			p("main returns")
			return nil
		}), nil)
		p("after run")
	})
	assert.Equal(t, lines("looper 0", "main returns", "looper 1", "spawner runs", "looper finally",
		"sleeper finally", "after run"), r.stdout)
	assert.Equal(t, "", r.stderr)
}

// tricky/08_done_callbacks_names.py
func TestTricky08DoneCallbacksNames(t *testing.T) {
	r := runProg(t, false, func(p printer) {
		work := func() *Coro {
			return goCoro(info("work", 2), func(co *Coro) any {
				co.Sleep(0)
				p("work returns")
				return 7
			})
		}
		waiter := func(t *Task) *Coro {
			return goCoro(info("waiter", 6), func(co *Coro) any {
				p("waiter resumed with", co.Await(t))
				return nil
			})
		}
		Run(goCoro(info("main", 8), func(co *Coro) any {
			t := CreateTask(work(), "worker")
			t.AddDoneCallback(fnAt("main.<locals>.<lambda>", 10, func(a []any) any {
				p("cb1 sees", a[0].(*Task).Result())
				return nil
			}))
			w := CreateTask(waiter(t), nil)
			g := GetRunningLoop().CreateTask(work(), "explicit")
			p(CurrentTask(nil).(*Task).GetName(), t.GetName(), w.GetName(), g.GetName())
			co.Sleep(0)
			t.AddDoneCallback(func(any) { p("cb2") })
			p("main awaits t")
			p("main resumed with", co.Await(t))
			t.AddDoneCallback(func(any) { p("cb3 (added after done)") })
			p("main continues; w.done() =", w.Done())
			co.Await(w)
			p("main end", CreateTask(work(), nil).GetName())
			return nil
		}), nil)
	})
	assert.Equal(t, lines("Task-1 worker Task-3 explicit", "main awaits t", "work returns", "work returns",
		"cb1 sees 7", "waiter resumed with 7", "cb2", "main resumed with 7", "main continues; w.done() = True",
		"main end Task-4", "cb3 (added after done)"), r.stdout)
}

// tricky/10_call_at_ties.py; real clock: 10_call_at_ties.out, virtual:
// 10_call_at_ties.virtual.out (the oracle under PYASYNC2GO_CLOCK=virtual).
func TestTricky10CallAtTies(t *testing.T) {
	prog := func(p printer) {
		Run(goCoro(info("main", 2), func(co *Coro) any {
			loop := GetRunningLoop()
			var order []any
			appendFn := func(v any) { order = append(order, v) }
			when := loop.Time() + 0.01
			for i := 0; i < 6; i++ {
				loop.CallAt(when, appendFn, i)
			}
			co.Sleep(0.05)
			p("6 equal call_at deadlines fired as:", order)
			order = nil
			for i := 0; i < 6; i++ {
				loop.CallLater(0.01, appendFn, i)
			}
			co.Sleep(0.05)
			p("6 sequential call_later(0.01) fired as:", order)
			order = nil
			when = loop.Time() + 0.01
			for i := 0; i < 3; i++ {
				loop.CallAt(when, appendFn, i)
			}
			loop.CallAt(when+0.1, appendFn, "later")
			co.Sleep(0.05)
			p("3 ties + 1 later timer + pending sleep timer:", order)
			return nil
		}), nil)
	}
	r := runProg(t, false, prog)
	assert.Equal(t, lines("6 equal call_at deadlines fired as: [0, 2, 5, 1, 3, 4]",
		"6 sequential call_later(0.01) fired as: [0, 1, 2, 3, 4, 5]",
		"3 ties + 1 later timer + pending sleep timer: [0, 2, 1]"), r.stdout)
	r = runProg(t, true, prog)
	assert.Equal(t, lines("6 equal call_at deadlines fired as: [0, 1, 2, 3, 4, 5]",
		"6 sequential call_later(0.01) fired as: [0, 1, 2, 3, 4, 5]",
		"3 ties + 1 later timer + pending sleep timer: [0, 1, 2]"), r.stdout)
}

// snapshot.py (semantics L3)
func TestSnapshotRule(t *testing.T) {
	r := runProg(t, false, func(p printer) {
		Run(goCoro(info("main", 2), func(co *Coro) any {
			loop := GetRunningLoop()
			var cb func(args ...any)
			cb = func(args ...any) {
				name, depth := args[0].(string), args[1].(int)
				p(name)
				if depth > 0 {
					loop.CallSoon(cb, name+"'", depth-1)
				}
			}
			loop.CallSoon(cb, "a", 2)
			loop.CallSoon(cb, "b", 1)
			co.Sleep(0)
			p("main 1")
			co.Sleep(0)
			p("main 2")
			return nil
		}), nil)
	})
	assert.Equal(t, lines("a", "b", "main 1", "a'", "b'", "main 2", "a''"), r.stdout)
}

// timers.py (semantics L4); the blocking time.sleep makes the 10 ms timer
// overdue. Run under both clocks: the virtual one advances by the sleep.
func TestTimersBehindReady(t *testing.T) {
	for _, virtual := range []bool{false, true} {
		r := runProg(t, virtual, func(p printer) {
			Run(goCoro(info("main", 2), func(co *Coro) any {
				loop := GetRunningLoop()
				loop.CallLater(0, p, "later(0)")
				loop.CallAt(loop.Time()-5, p, "at(past)")
				loop.CallSoon(p, "soon")
				loop.CallLater(0.01, p, "later(0.01)")
				TimeSleep(0.02)
				co.Sleep(0)
				p("main resumed")
				co.Sleep(0)
				p("main resumed again")
				return nil
			}), nil)
		})
		assert.Equal(t, lines("soon", "main resumed", "at(past)", "later(0)", "later(0.01)", "main resumed again"), r.stdout)
	}
}

// ties.py (semantics L5)
func TestTiesHeapqOrder(t *testing.T) {
	r := runProg(t, false, func(p printer) {
		Run(goCoro(info("main", 2), func(co *Coro) any {
			loop := GetRunningLoop()
			var out []any
			when := loop.Time() + 0.01
			for i := 0; i < 4; i++ {
				loop.CallAt(when, func(v any) { out = append(out, v) }, i)
			}
			co.Sleep(0.05)
			p(out)
			return nil
		}), nil)
	})
	assert.Equal(t, "[0, 2, 1, 3]\n", r.stdout)
}

// runforever.py (semantics L8)
func TestRunForeverStop(t *testing.T) {
	r := runProg(t, false, func(p printer) {
		loop := NewEventLoop()
		var chain func(args ...any)
		chain = func(args ...any) {
			n := args[0].(int)
			p("chain", n)
			loop.CallSoon(chain, n+1)
		}
		loop.CallSoon(chain, 0)
		loop.Stop()
		loop.CallSoon(p, "queued after stop()")
		loop.RunForever()
		p("-- run_forever returned")
		loop.CallSoon(loop.Stop)
		loop.RunForever()
		p("-- again")
		loop.RunUntilComplete(goCoro(info("co", 9), func(co *Coro) any {
			co.Sleep(0)
			p("co done")
			return nil
		}))
		p("-- ruc returned")
		loop.Close()
	})
	assert.Equal(t, lines("chain 0", "queued after stop()", "-- run_forever returned", "chain 1", "-- again",
		"chain 2", "chain 3", "co done", "chain 4", "-- ruc returned"), r.stdout)
}

// futcb.py (semantics T4); gather(*ts) is replaced by awaiting each task,
// which prints the same (both waiters are done before main resumes).
func TestFutureCallbacksOrder(t *testing.T) {
	r := runProg(t, false, func(p printer) {
		w := func(fut *Future, n int) *Coro {
			return goCoro(info("w", 2), func(co *Coro) any {
				p("waiter", n, "got", co.Await(fut))
				return nil
			})
		}
		Run(goCoro(info("main", 4), func(co *Coro) any {
			loop := GetRunningLoop()
			fut := loop.CreateFuture()
			fut.AddDoneCallback(func(any) { p("cb A") })
			ts := []*Task{CreateTask(w(fut, 1), nil), CreateTask(w(fut, 2), nil)}
			co.Sleep(0)
			fut.AddDoneCallback(func(any) { p("cb B") })
			loop.CallSoon(p, "soon X")
			fut.SetResult("R")
			loop.CallSoon(p, "soon Y")
			for _, t := range ts {
				co.Await(t)
			}
			return nil
		}), nil)
	})
	assert.Equal(t, lines("soon X", "cb A", "waiter 1 got R", "waiter 2 got R", "cb B", "soon Y"), r.stdout)
}

// create.py (semantics T6)
func TestCreateTaskAndInlineAwait(t *testing.T) {
	r := runProg(t, false, func(p printer) {
		child := func(n int) *Coro {
			return goCoro(info("child", 2), func(co *Coro) any {
				p("child", n, "step 1")
				co.Sleep(0)
				p("child", n, "step 2")
				return nil
			})
		}
		inline := func() *Coro {
			return goCoro(info("inline", 4), func(co *Coro) any { p("inline runs synchronously"); return 1 })
		}
		Run(goCoro(info("main", 6), func(co *Coro) any {
			a := CreateTask(child(1), nil)
			CreateTask(child(2), nil)
			p("main after create_task")
			co.Await(inline())
			p("main after await inline()")
			co.Await(a)
			p("main resumed after a")
			return nil
		}), nil)
	})
	assert.Equal(t, lines("main after create_task", "inline runs synchronously", "main after await inline()",
		"child 1 step 1", "child 2 step 1", "child 1 step 2", "child 2 step 2", "main resumed after a"), r.stdout)
}

// names.py (semantics N1); gather(f(), f()) is modelled by the two tasks it
// creates (loop.create_task without a name each).
func TestTaskNames(t *testing.T) {
	r := runProg(t, false, func(p printer) {
		f := func() *Coro { return goCoro(info("f", 2), func(co *Coro) any { return nil }) }
		main := func() *Coro {
			return goCoro(info("main", 3), func(co *Coro) any {
				loop := GetRunningLoop()
				p(CurrentTask(nil).(*Task).GetName())
				a := CreateTask(f(), "custom")
				b := loop.CreateTask(f(), "custom2")
				c := CreateTask(f(), nil)
				g1, g2 := loop.CreateTask(f(), nil), loop.CreateTask(f(), nil)
				d := CreateTask(f(), nil)
				p(a.GetName(), b.GetName(), c.GetName(), d.GetName())
				co.Await(g1)
				co.Await(g2)
				return nil
			})
		}
		Run(main(), nil)
		Run(main(), nil)
	})
	assert.Equal(t, lines("Task-1", "custom custom2 Task-3 Task-6", "Task-9", "custom custom2 Task-11 Task-14"), r.stdout)
}

// repr.py (semantics N2)
func TestTaskRepr(t *testing.T) {
	r := runProg(t, false, func(p printer) {
		sayAfter := func(delay, what any) *Coro {
			return goCoro(info("say_after", 2), func(co *Coro) any {
				co.At(3)
				co.Sleep(delay)
				co.At(4)
				return what
			})
		}
		Run(goCoro(info("main", 5), func(co *Coro) any {
			r := func(x any) { p(x.(py.Object).PyRepr()) }
			co.At(7)
			tk := CreateTask(sayAfter(0.01, "hi"), nil)
			r(tk)
			co.At(8)
			co.Sleep(0)
			r(tk)
			co.At(9)
			co.Await(tk)
			r(tk)
			co.At(10)
			c := CreateTask(sayAfter(1, "x"), nil)
			co.Sleep(0)
			co.At(11)
			c.Cancel(nil)
			r(c)
			co.Sleep(0)
			r(c)
			co.At(12)
			e := CreateTask(sayAfter(0, nil), nil)
			e.Cancel(nil)
			r(e)
			co.At(13)
			r(CurrentTask(nil))
			return nil
		}), nil)
	})
	assert.Equal(t, lines(
		"<Task pending name='Task-2' coro=<say_after() running at m.py:2>>",
		"<Task pending name='Task-2' coro=<say_after() running at m.py:3> wait_for=<Future pending cb=[Task.task_wakeup()]>>",
		"<Task finished name='Task-2' coro=<say_after() done, defined at m.py:2> result='hi'>",
		"<Task cancelling name='Task-3' coro=<say_after() running at m.py:3> wait_for=<Future cancelled>>",
		"<Task cancelled name='Task-3' coro=<say_after() done, defined at m.py:2>>",
		"<Task cancelling name='Task-4' coro=<say_after() running at m.py:2>>",
		"<Task pending name='Task-1' coro=<main() running at m.py:13> cb=[_run_until_complete_cb() at "+cpythonLib+"/asyncio/base_events.py:180]>",
	), r.stdout)
}

// never.py (semantics N3)
func TestNeverAwaitedWarning(t *testing.T) {
	r := runProg(t, false, func(p printer) {
		f := func() *Coro { return goCoro(info("f", 2), func(co *Coro) any { return nil }) }
		Run(goCoro(info("main", 3), func(co *Coro) any {
			for i := 0; i < 2; i++ {
				Discard(f(), "never.py", 5, "        f()")
				p("loop", i)
			}
			x := f()
			p("x created")
			Discard(x, "never.py", 7, `    x = f(); print("x created"); del x; print("x deleted")`)
			p("x deleted")
			return nil
		}), nil)
	})
	assert.Equal(t, lines("loop 0", "loop 1", "x created", "x deleted"), r.stdout)
	assert.Equal(t, lines(
		"never.py:5: RuntimeWarning: coroutine 'f' was never awaited",
		"  f()",
		"RuntimeWarning: Enable tracemalloc to get the object allocation traceback",
		"never.py:7: RuntimeWarning: coroutine 'f' was never awaited",
		`  x = f(); print("x created"); del x; print("x deleted")`,
		"RuntimeWarning: Enable tracemalloc to get the object allocation traceback"), r.stderr)
}

// shutdown.py (semantics R3): four extra iterations, numbers consumed.
func TestShutdownIterations(t *testing.T) {
	r := runProg(t, false, func(p printer) {
		Run(goCoro(info("main", 2), func(co *Coro) any {
			loop := GetRunningLoop()
			n := 0
			var tick func()
			tick = func() {
				n++
				var names []any
				for _, t := range AllTasksList(loop) {
					names = append(names, t.GetName())
				}
				if names == nil {
					names = []any{}
				}
				p("tick", n, names)
				loop.CallSoon(tick)
			}
			loop.CallSoon(tick)
			p("main returns")
			return nil
		}), nil)
		p("after run")
	})
	assert.Equal(t, lines("main returns", "tick 1 []", "tick 2 ['Task-2']", "tick 3 []", "tick 4 ['Task-3']",
		"tick 5 []", "after run"), r.stdout)
}

// late.py (semantics R4)
func TestLateTaskDestroyedPending(t *testing.T) {
	r := runProg(t, false, func(p printer) {
		late := func() *Coro {
			return goCoro(&CoroInfo{Name: "late", QualName: "late", File: "late.py", Line: 2}, func(co *Coro) any {
				for i := 1; i < 5; i++ {
					co.At(4)
					p("late step", i)
					if i < 3 {
						co.Sleep(0)
					} else {
						co.Sleep(1)
					}
				}
				return nil
			})
		}
		victim := func() *Coro {
			return goCoro(info("victim", 5), func(co *Coro) any {
				defer func() { p("victim finally spawns a task"); CreateTask(late(), nil) }()
				co.Sleep(10)
				return nil
			})
		}
		Run(goCoro(info("main", 8), func(co *Coro) any {
			CreateTask(victim(), nil)
			co.Sleep(0)
			return nil
		}), nil)
		p("after run")
	})
	assert.Equal(t, lines("victim finally spawns a task", "late step 1", "late step 2", "late step 3", "after run"), r.stdout)
	assert.Equal(t, lines("Task was destroyed but it is pending!",
		"task: <Task pending name='Task-3' coro=<late() done, defined at late.py:2> wait_for=<Future pending cb=[Task.task_wakeup()]>>"), r.stderr)
}

// shuterr.py (semantics R4); the traceback body depends on py's formatter,
// so only its first and last lines are checked.
func TestShutdownErrorLogged(t *testing.T) {
	r := runProg(t, false, func(p printer) {
		stubborn := func() *Coro {
			return goCoro(info("stubborn", 2), func(co *Coro) any {
				exc := coreTry(func() { co.Sleep(10) })
				if exc != nil && exc.Is(py.CancelledError) {
					p("stubborn: caught, cleaning up")
					co.Sleep(0.01)
					p("stubborn: done")
				}
				return nil
			})
		}
		raiser := func() *Coro {
			return goCoro(&CoroInfo{Name: "raiser", QualName: "raiser", File: "shuterr.py", Line: 6}, func(co *Coro) any {
				exc := coreTry(func() { co.Sleep(10) })
				if exc != nil && exc.Is(py.CancelledError) {
					e := py.New(py.RuntimeError, "from cancel")
					e.SuppressContext = true
					panic(e)
				}
				return nil
			})
		}
		Run(goCoro(info("main", 9), func(co *Coro) any {
			CreateTask(stubborn(), nil)
			CreateTask(raiser(), nil)
			co.Sleep(0)
			return nil
		}), nil)
		p("after run")
	})
	assert.Equal(t, lines("stubborn: caught, cleaning up", "stubborn: done", "after run"), r.stdout)
	assert.True(t, strings.HasPrefix(r.stderr, lines("unhandled exception during asyncio.run() shutdown",
		"task: <Task finished name='Task-3' coro=<raiser() done, defined at shuterr.py:6> exception=RuntimeError('from cancel')>")), r.stderr)
	assert.True(t, strings.HasSuffix(r.stderr, "RuntimeError: from cancel\n"), r.stderr)
}

// gel.py (semantics R5); gather(f(), f()) is replaced by a coroutine that
// awaits two tasks.
func TestGetEventLoopFamily(t *testing.T) {
	r := runProg(t, false, func(p printer) {
		loop := GetEventLoop()
		f := func() *Coro { return goCoro(info("f", 4), func(co *Coro) any { return 5 }) }
		a := loop.RunUntilComplete(f())
		b := loop.RunUntilComplete(goCoro(info("g", 5), func(co *Coro) any {
			t1, t2 := loop.CreateTask(f(), nil), loop.CreateTask(f(), nil)
			return []any{co.Await(t1), co.Await(t2)}
		}))
		p(a, b)
		loop.Close()
		SetEventLoop(nil)
		if exc := coreTry(func() { GetEventLoop() }); exc != nil {
			p("RuntimeError:", exc)
		}
	})
	assert.Equal(t, lines("5 [5, 5]", "RuntimeError: There is no current event loop in thread 'MainThread'."), r.stdout)
	r = runProg(t, false, func(p printer) {
		Run(goCoro(info("main", 1), func(co *Coro) any { return nil }), nil)
		p(coreTry(func() { GetEventLoop() }))
		p(coreTry(func() { GetRunningLoop() }))
	})
	assert.Equal(t, lines("There is no current event loop in thread 'MainThread'.", "no running event loop"), r.stdout)
}

// mainexc.py (semantics E1): pending tasks' finally output before the
// traceback; exit status 1.
func TestMainExceptionExitStatus(t *testing.T) {
	r := runProg(t, false, func(p printer) {
		bg := func() *Coro {
			return goCoro(info("bg", 2), func(co *Coro) any {
				defer p("bg finally")
				co.Sleep(10)
				return nil
			})
		}
		Run(goCoro(info("main", 5), func(co *Coro) any {
			CreateTask(bg(), nil)
			co.Sleep(0)
			panic(py.New(py.KeyError, "k"))
		}), nil)
	})
	assert.Equal(t, "bg finally\n", r.stdout)
	assert.Equal(t, 1, r.status)
	assert.Contains(t, r.stderr, "asyncio/base_events.py\", line 653, in run_until_complete\n")
	assert.True(t, strings.HasSuffix(r.stderr, "KeyError: k\n") || strings.HasSuffix(r.stderr, "KeyError: 'k'\n"), r.stderr)
}

// cancelprop.py (semantics E9)
func TestCancelPropagation(t *testing.T) {
	r := runProg(t, false, func(p printer) {
		inner := func() *Coro {
			return goCoro(info("inner", 2), func(co *Coro) any {
				defer p("inner finally")
				co.Sleep(1)
				return nil
			})
		}
		outer := func(t *Task) *Coro {
			return goCoro(info("outer", 5), func(co *Coro) any {
				defer p("outer finally")
				co.Await(t)
				return nil
			})
		}
		Run(goCoro(info("main", 8), func(co *Coro) any {
			it := CreateTask(inner(), nil)
			ot := CreateTask(outer(it), nil)
			co.Sleep(0)
			p(ot.Cancel(nil), it.Cancelling(), ot.Cancelling())
			for i := 0; i < 3; i++ {
				co.Sleep(0)
				p("iter", i, it.Done(), ot.Done())
			}
			return nil
		}), nil)
	})
	assert.Equal(t, lines("True 1 1", "inner finally", "iter 0 True False", "outer finally", "iter 1 True True", "iter 2 True True"), r.stdout)
}

// retrieved.py (semantics E3). CPython logs Task-2/Task-3 as soon as they
// are dropped (refcounting); we log every unretrieved exception at exit,
// the documented approximation, so only the stdout and the set of logs match.
func TestExceptionNeverRetrieved(t *testing.T) {
	r := runProg(t, false, func(p printer) {
		bad := func(n int) *Coro {
			return goCoro(&CoroInfo{Name: "bad", QualName: "bad", File: "retrieved.py", Line: 2}, func(co *Coro) any {
				panic(py.New(py.ValueError, n))
			})
		}
		Run(goCoro(info("main", 5), func(co *Coro) any {
			CreateTask(bad(1), nil)
			p("created 1")
			co.Sleep(0)
			p("main after sleep #1")
			CreateTask(bad(2), nil)
			co.Sleep(0)
			p("dropping t")
			p("dropped")
			CreateTask(bad(3), nil)
			co.Sleep(0)
			p("main end")
			return nil
		}), nil)
		p("after run")
	})
	assert.Equal(t, lines("created 1", "main after sleep #1", "dropping t", "dropped", "main end", "after run"), r.stdout)
	for n := 1; n <= 3; n++ {
		assert.Contains(t, r.stderr, "Task exception was never retrieved\nfuture: <Task finished name='Task-"+
			string(rune('1'+n))+"' coro=<bad() done, defined at retrieved.py:2> exception=ValueError("+string(rune('0'+n))+")>\n")
	}
}

// donecb.py (semantics D1)
func TestDoneCallbackAfterDone(t *testing.T) {
	r := runProg(t, false, func(p printer) {
		work := func() *Coro {
			return goCoro(info("work", 2), func(co *Coro) any { co.Sleep(0); p("work returns"); return 7 })
		}
		waiter := func(t *Task) *Coro {
			return goCoro(info("waiter", 4), func(co *Coro) any { p("waiter resumed with", co.Await(t)); return nil })
		}
		Run(goCoro(info("main", 5), func(co *Coro) any {
			t := CreateTask(work(), nil)
			t.AddDoneCallback(func(f any) { p("cb1", f.(*Task).Result()) })
			w := CreateTask(waiter(t), nil)
			co.Sleep(0)
			t.AddDoneCallback(func(any) { p("cb2") })
			p("main resumed with", co.Await(t))
			t.AddDoneCallback(func(any) { p("cb3 (already done -> call_soon)") })
			p("main: w.done() =", w.Done())
			co.Sleep(0)
			p("main end")
			return nil
		}), nil)
	})
	assert.Equal(t, lines("work returns", "cb1 7", "waiter resumed with 7", "cb2", "main resumed with 7",
		"main: w.done() = True", "cb3 (already done -> call_soon)", "main end"), r.stdout)
}

// timecheck.py (semantics C1/C2), under both clocks.
func TestTimeCheck(t *testing.T) {
	for _, virtual := range []bool{false, true} {
		r := runProg(t, virtual, func(p printer) {
			ticker := func() *Coro {
				return goCoro(info("ticker", 2), func(co *Coro) any {
					for i := 0; i < 2; i++ {
						p("ticker", i)
						co.Sleep(0)
					}
					return nil
				})
			}
			Run(goCoro(info("main", 4), func(co *Coro) any {
				loop := GetRunningLoop()
				a := TimeMonotonic()
				b := loop.Time()
				c := TimeMonotonic()
				p(a <= b && b <= c)
				tk := CreateTask(ticker(), nil)
				loop.CallLater(0.01, p, "10ms timer")
				TimeSleep(0.05)
				p("blocked 50ms; nothing else ran")
				co.Sleep(0)
				p("main after sleep(0)")
				co.Await(tk)
				return nil
			}), nil)
		})
		assert.Equal(t, lines("True", "blocked 50ms; nothing else ran", "ticker 0", "main after sleep(0)", "10ms timer", "ticker 1"), r.stdout)
	}
}

// Under the virtual clock an idle loop jumps exactly to the deadline.
// Expected output: PYASYNC2GO_CLOCK=virtual python3 testdata/oracle.py vj.py
//
//	import asyncio, time
//	async def main():
//	    loop = asyncio.get_running_loop()
//	    print(loop.time())
//	    await asyncio.sleep(0.3)
//	    print(loop.time())
//	    time.sleep(1.5)
//	    print(loop.time(), time.time())
//	asyncio.run(main())
func TestVirtualClockJumpsExactly(t *testing.T) {
	r := runProg(t, true, func(p printer) {
		Run(goCoro(info("main", 1), func(co *Coro) any {
			loop := GetRunningLoop()
			p(loop.Time())
			co.Sleep(0.3)
			p(loop.Time())
			TimeSleep(1.5)
			p(loop.Time(), TimeTime())
			return nil
		}), nil)
	})
	assert.Equal(t, lines("0.0", "0.3", "1.8 1612200606.8"), r.stdout)
}

// A task waits on a future nobody resolves; the oracle (testdata/oracle.py
// under PYASYNC2GO_CLOCK=virtual) prints "before", then the deadlock line
// on stderr, status 3:
//
//	import asyncio
//	async def main():
//	    print("before")
//	    await asyncio.get_running_loop().create_future()
//	    print("never")
//	asyncio.run(main())
func TestVirtualDeadlockStatus3(t *testing.T) {
	r := runProg(t, true, func(p printer) {
		Run(goCoro(info("main", 1), func(co *Coro) any {
			p("before")
			co.Await(GetRunningLoop().CreateFuture())
			p("never")
			return nil
		}), nil)
	})
	assert.Equal(t, "before\n", r.stdout)
	assert.Equal(t, "deadlock: event loop has nothing to wait for\n", r.stderr)
	assert.Equal(t, 3, r.status)
}

// tricky/05_cancel_semantics.py, the parts that need no gather/wait_for:
// double cancel keeps the first message once, then a bare CancelledError;
// cancel after the awaited future got its result wins (E6).
func TestCancelMessagesAndE6(t *testing.T) {
	r := runProg(t, false, func(p printer) {
		body := func(tag string) *Coro {
			return goCoro(info("body", 2), func(co *Coro) any { p(tag, "body started"); co.Sleep(10); return nil })
		}
		waiter := func(fut *Future) *Coro {
			return goCoro(info("waiter", 5), func(co *Coro) any {
				var v any
				exc := coreTry(func() { v = co.Await(fut) })
				if exc != nil && exc.Is(py.CancelledError) {
					p("waiter cancelled although fut.result() =", fut.Result())
				} else {
					p("waiter got", v)
				}
				return nil
			})
		}
		Run(goCoro(info("main", 8), func(co *Coro) any {
			t := CreateTask(body("C"), nil)
			co.Sleep(0)
			p(t.Cancel("first"), t.Cancel("second"), t.Cancelling())
			for i := 0; i < 2; i++ {
				exc := coreTry(func() { co.Await(t) })
				p("await C ->", py.Repr(exc))
			}
			fut := GetRunningLoop().CreateFuture()
			w := CreateTask(waiter(fut), nil)
			co.Sleep(0)
			fut.SetResult(42)
			w.Cancel(nil)
			co.Await(w)
			return nil
		}), nil)
	})
	require.Equal(t, lines("C body started", "True True 2", "await C -> CancelledError('first')", "await C -> CancelledError()",
		"waiter cancelled although fut.result() = 42"), r.stdout)
}

// Ctrl-C during asyncio.run cancels the main task; its finally runs, then
// KeyboardInterrupt ends the program (status 130; Main then dies of
// SIGINT). CPython, for the program below interrupted after "start",
// prints start / main finally and a traceback ending in KeyboardInterrupt:
//
//	import asyncio
//	async def main():
//	    try:
//	        print("start")
//	        await asyncio.sleep(100)
//	    finally:
//	        print("main finally")
//	asyncio.run(main())
func TestSigintCancelsMainTask(t *testing.T) {
	r := runProg(t, false, func(p printer) {
		Run(goCoro(info("main", 2), func(co *Coro) any {
			defer p("main finally")
			p("start")
			go func() {
				time.Sleep(50 * time.Millisecond)
				syscall.Kill(os.Getpid(), syscall.SIGINT)
			}()
			co.Sleep(100)
			return nil
		}), nil)
	})
	assert.Equal(t, "start\nmain finally\n", r.stdout)
	assert.True(t, strings.HasSuffix(r.stderr, "KeyboardInterrupt\n"), r.stderr)
	assert.Equal(t, 130, r.status)
}

// Tasks left pending on a loop that was never closed, and unretrieved
// exceptions, are reported at exit. Output of `python3 nc.py` (stderr after
// "end"; the traceback body depends on py and is checked by its last line):
//
//	import asyncio
//	async def forever():
//	    await asyncio.sleep(100)
//	async def bad():
//	    raise ValueError("x")
//	loop = asyncio.new_event_loop()
//	t = loop.create_task(forever())
//	b = loop.create_task(bad())
//	loop.run_until_complete(asyncio.sleep(0.01))
//	print("end")
func TestExitLogsForUnclosedLoop(t *testing.T) {
	r := runProg(t, false, func(p printer) {
		forever := func() *Coro {
			return goCoro(&CoroInfo{Name: "forever", QualName: "forever", File: "/tmp/nc.py", Line: 2}, func(co *Coro) any {
				co.At(3)
				co.Sleep(100)
				return nil
			})
		}
		bad := func() *Coro {
			return goCoro(&CoroInfo{Name: "bad", QualName: "bad", File: "/tmp/nc.py", Line: 4}, func(co *Coro) any {
				panic(py.New(py.ValueError, "x"))
			})
		}
		loop := NewEventLoop()
		loop.CreateTask(forever(), nil)
		loop.CreateTask(bad(), nil)
		loop.RunUntilComplete(Sleep(0.01, nil))
		p("end")
	})
	assert.Equal(t, "end\n", r.stdout)
	assert.True(t, strings.HasPrefix(r.stderr, lines("Task was destroyed but it is pending!",
		"task: <Task pending name='Task-1' coro=<forever() running at /tmp/nc.py:3> wait_for=<Future pending cb=[Task.task_wakeup()]>>",
		"Task exception was never retrieved",
		"future: <Task finished name='Task-2' coro=<bad() done, defined at /tmp/nc.py:4> exception=ValueError('x')>")), r.stderr)
	assert.True(t, strings.HasSuffix(r.stderr, "ValueError: x\n"), r.stderr)
}

// A task that never started and is still pending at exit also gets the
// never-awaited warning. Output of `python3 unst.py` (stdout "end"):
//
//	import asyncio
//	async def never():
//	    print("never")
//	loop = asyncio.new_event_loop()
//	t = loop.create_task(never())
//	print("end")
func TestUnstartedTaskAtExit(t *testing.T) {
	r := runProg(t, false, func(p printer) {
		loop := NewEventLoop()
		loop.CreateTask(goCoro(&CoroInfo{Name: "never", QualName: "never", File: "/tmp/unst.py", Line: 2}, func(co *Coro) any {
			p("never")
			return nil
		}), nil)
		p("end")
	})
	assert.Equal(t, "end\n", r.stdout)
	assert.Equal(t, lines("Task was destroyed but it is pending!",
		"task: <Task pending name='Task-1' coro=<never() running at /tmp/unst.py:2>>",
		"sys:1: RuntimeWarning: coroutine 'never' was never awaited"), r.stderr)
}

// A py.Unsupported stop inside asyncio.run is not an exit CPython could make: the program prints
// only the stop's message and exits 4, without CPython's exit-time reports about the tasks the
// stop interrupted ("Task was destroyed but it is pending!").
func TestUnsupportedStopSkipsExitReports(t *testing.T) {
	r := runProg(t, true, func(p printer) {
		Run(goCoro(&CoroInfo{Name: "main", QualName: "main", File: "/tmp/stop.py", Line: 1}, func(co *Coro) any {
			p("before")
			py.Unsupported("Counter.__add__()")
			return nil
		}), nil)
	})
	assert.Equal(t, "before\n", r.stdout)
	assert.Equal(t, "pyasync2go: Counter.__add__() is a Python feature that pyasync2go does not support\n", r.stderr)
	assert.Equal(t, py.UnsupportedStatus, r.status)
}
