package rt

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/pyasync2go/pyasync2go/rt/py"
)

// tricky/03_latency_chain.py (source in ../shared/tricky): every
// intermediate future adds exactly one hop (semantics T7).
func TestTricky03LatencyChain(t *testing.T) {
	leaf := func() *Coro { return goCoro(libInfo("leaf", 3), func(co *Coro) any { return "leaf" }) }
	out := libRun(t, func(co *Coro, p func(...any)) {
		loop := GetRunningLoop()
		it := 0
		var tick func()
		tick = func() {
			it++
			p(fmt.Sprintf("-- iteration %d", it))
			if it < 13 {
				loop.CallSoon(tick)
			}
		}
		loop.CallSoon(tick)
		co.Sleep(0)
		p("await coro:", co.Await(leaf()))
		p("await task:", co.Await(CreateTask(leaf(), nil)))
		p("gather:", co.Await(Gather([]any{leaf()}, false)))
		p("wait_for:", co.Await(WaitFor(leaf(), 5)))
		p("shield:", co.Await(Shield(leaf())))
	})
	require.Equal(t, `-- iteration 1
await coro: leaf
-- iteration 2
-- iteration 3
await task: leaf
-- iteration 4
-- iteration 5
-- iteration 6
gather: ['leaf']
-- iteration 7
-- iteration 8
-- iteration 9
wait_for: leaf
-- iteration 10
-- iteration 11
-- iteration 12
shield: leaf
-- iteration 13
`, out)
}

// gather.py, semantics section 5:
//
//	async def w(name, d, fail=False):
//	    print("start", name); await asyncio.sleep(d)
//	    if fail: raise ValueError(name)
//	    print("end", name); return name
//	async def main():
//	    print(await asyncio.gather(w("a", .03), w("b", .01), w("c", .02)))
//	    print(await asyncio.gather(w("d", .02), w("e", .01, True), return_exceptions=True))
//	    try: await asyncio.gather(w("f", .02), w("g", .01, True))
//	    except ValueError as e: print("caught", repr(e))
//	    await asyncio.sleep(.03); print(await asyncio.gather())
func TestGather(t *testing.T) {
	out := libRun(t, func(co *Coro, p func(...any)) {
		w := func(name string, d float64, fail bool) *Coro {
			return goCoro(libInfo("w", 2), func(co *Coro) any {
				p("start", name)
				co.Sleep(d)
				if fail {
					panic(py.New(py.ValueError, name))
				}
				p("end", name)
				return name
			})
		}
		p(co.Await(Gather([]any{w("a", .03, false), w("b", .01, false), w("c", .02, false)}, false)))
		p(co.Await(Gather([]any{w("d", .02, false), w("e", .01, true)}, true)))
		tryExcept(func() { co.Await(Gather([]any{w("f", .02, false), w("g", .01, true)}, false)) },
			py.ValueError, func(e *py.Exception) { p("caught", libRepr(e)) })
		co.Sleep(.03)
		p(co.Await(Gather(nil, false)))
	})
	require.Equal(t, `start a
start b
start c
end b
end c
end a
['a', 'b', 'c']
start d
start e
end d
['d', ValueError('e')]
start f
start g
caught ValueError('g')
end f
[]
`, out)
}

// gather_cancel.py, semantics section 5 (G5: the awaiter gets
// CancelledError('bye') though g.cancelled() is False):
//
//	async def w(name):
//	    try: await asyncio.sleep(1)
//	    except asyncio.CancelledError: print(name, "cancelled"); raise
//	async def main():
//	    g = asyncio.gather(w("a"), w("b"))
//	    await asyncio.sleep(0); print("cancel ->", g.cancel("bye"))
//	    try: await g
//	    except asyncio.CancelledError as e: print("awaiter got", repr(e), "g.cancelled() =", g.cancelled())
//	    t = asyncio.create_task(w("c")); g = asyncio.gather(t, asyncio.sleep(0.01, "ok"))
//	    await asyncio.sleep(0); t.cancel()
//	    try: await g
//	    except asyncio.CancelledError as e: print("child cancelled -> awaiter got", repr(e))
func TestGatherCancel(t *testing.T) {
	out := libRun(t, func(co *Coro, p func(...any)) {
		w := func(name string) *Coro {
			return goCoro(libInfo("w", 2), func(co *Coro) any {
				tryExcept(func() { co.Sleep(1) }, py.CancelledError, func(e *py.Exception) {
					p(name, "cancelled")
					panic(e)
				})
				return nil
			})
		}
		g := Gather([]any{w("a"), w("b")}, false)
		co.Sleep(0)
		p("cancel ->", g.Cancel("bye"))
		tryExcept(func() { co.Await(g) }, py.CancelledError, func(e *py.Exception) {
			p("awaiter got", libRepr(e), "g.cancelled() =", g.Cancelled())
		})
		task := CreateTask(w("c"), nil)
		g = Gather([]any{task, Sleep(0.01, "ok")}, false)
		co.Sleep(0)
		task.Cancel(nil)
		tryExcept(func() { co.Await(g) }, py.CancelledError, func(e *py.Exception) {
			p("child cancelled -> awaiter got", libRepr(e))
		})
	})
	require.Equal(t, `cancel -> True
a cancelled
b cancelled
awaiter got CancelledError('bye') g.cancelled() = False
c cancelled
child cancelled -> awaiter got CancelledError()
`, out)
}

// shield_cancel.py (new; output from python3):
//
//	async def inner():
//	    await asyncio.sleep(0.02); print("inner finished"); return "ok"
//	async def main():
//	    t = asyncio.create_task(inner())
//	    async def outer():
//	        try: return await asyncio.shield(t)
//	        except asyncio.CancelledError: print("outer cancelled"); raise
//	    o = asyncio.create_task(outer())
//	    await asyncio.sleep(0.01)
//	    o.cancel()
//	    await asyncio.gather(o, return_exceptions=True)
//	    print("o cancelled:", o.cancelled(), "t done:", t.done())
//	    print(await t)
//	    print(await asyncio.shield(t))
//	    g = asyncio.gather(asyncio.sleep(0, "x"), asyncio.sleep(0, "y"))
//	    print(await g, g.cancel())
//	    def fails(): raise KeyError("k")
//	    async def raiser(): fails()
//	    r = await asyncio.gather(raiser(), asyncio.sleep(0.01, "late"), return_exceptions=True)
//	    print(r)
func TestShieldAndGatherResults(t *testing.T) {
	out := libRun(t, func(co *Coro, p func(...any)) {
		task := CreateTask(goCoro(libInfo("inner", 2), func(co *Coro) any {
			co.Sleep(0.02)
			p("inner finished")
			return "ok"
		}), nil)
		o := CreateTask(goCoro(libInfo("outer", 6), func(co *Coro) any {
			var res any
			tryExcept(func() { res = co.Await(Shield(task)) }, py.CancelledError, func(e *py.Exception) {
				p("outer cancelled")
				panic(e)
			})
			return res
		}), nil)
		co.Sleep(0.01)
		o.Cancel(nil)
		co.Await(Gather([]any{o}, true))
		p("o cancelled:", o.Cancelled(), "t done:", task.Done())
		p(co.Await(task))
		p(co.Await(Shield(task)))
		g := Gather([]any{Sleep(0, "x"), Sleep(0, "y")}, false)
		p(co.Await(g), g.Cancel(nil))
		raiser := goCoro(libInfo("raiser", 17), func(co *Coro) any { panic(py.New(py.KeyError, "k")) })
		p(co.Await(Gather([]any{raiser, Sleep(0.01, "late")}, true)))
	})
	require.Equal(t, `outer cancelled
o cancelled: True t done: False
inner finished
ok
ok
['x', 'y'] False
[KeyError('k'), 'late']
`, out)
}

// gather_dup.py (new; output from python3): a coroutine passed twice is one
// child whose result appears twice (G1).
//
//	async def main():
//	    c = asyncio.sleep(0, "same")
//	    g = asyncio.gather(c, c)
//	    print(repr(g))
//	    print(await g)
func TestGatherSharesDuplicateArguments(t *testing.T) {
	out := libRun(t, func(co *Coro, p func(...any)) {
		c := Sleep(0, "same")
		g := Gather([]any{c, c}, false)
		p(py.Repr(g))
		p(co.Await(g))
	})
	require.Equal(t, "<_GatheringFuture pending>\n['same', 'same']\n", out)
}

// latency.py (new; output from python3): the rest of the T7 latency table,
// counted by a callback that re-schedules itself every iteration.
//
//	async def leaf(): return "leaf"
//	async def leaf_sleep(): await asyncio.sleep(0); return "leaf"
//	async def main():
//	    loop = asyncio.get_running_loop()
//	    it = 0
//	    def tick():
//	        nonlocal it
//	        it += 1
//	        loop.call_soon(tick)
//	    loop.call_soon(tick)
//	    await asyncio.sleep(0)
//	    async def measure(label, make):
//	        start = it
//	        await make()
//	        print(label, it - start)
//	    async def tg():
//	        async with asyncio.TaskGroup() as g: g.create_task(leaf())
//	    async def ac():
//	        for f in asyncio.as_completed([leaf()]): await f
//	    async def to():
//	        async with asyncio.timeout(1): await asyncio.sleep(0)
//	    async def lk():
//	        async with asyncio.Lock(): pass
//	    async def qg():
//	        q = asyncio.Queue(); q.put_nowait(1); await q.get()
//	    async def ev():
//	        e = asyncio.Event(); loop.call_soon(e.set); await e.wait()
//	    async def wt():
//	        await asyncio.wait([asyncio.create_task(leaf())])
//	    async def sh(): await asyncio.shield(leaf())
//	    async def g2(): await asyncio.gather(leaf(), leaf())
//	    await measure("gather(c1, c2)", g2)
//	    await measure("gather(c sleeps)", lambda: asyncio.gather(leaf_sleep()))
//	    await measure("wait_for(c sleeps, 5)", lambda: asyncio.wait_for(leaf_sleep(), 5))
//	    await measure("wait_for(c, None)", lambda: asyncio.wait_for(leaf(), None))
//	    await measure("wait([task])", wt)
//	    await measure("TaskGroup 1 child", tg)
//	    await measure("as_completed([c])", ac)
//	    await measure("timeout(1) sleep(0)", to)
//	    await measure("Lock uncontended", lk)
//	    await measure("Queue.get non-empty", qg)
//	    await measure("Event.set via call_soon", ev)
//	    await measure("shield(c)", sh)
func TestLatencyTable(t *testing.T) {
	out := libRun(t, func(co *Coro, p func(...any)) {
		leaf := func() *Coro { return goCoro(libInfo("leaf", 2), func(co *Coro) any { return "leaf" }) }
		leafSleep := func() *Coro {
			return goCoro(libInfo("leaf_sleep", 3), func(co *Coro) any { co.Sleep(0); return "leaf" })
		}
		loop := GetRunningLoop()
		it := 0
		var tick func()
		tick = func() {
			it++
			loop.CallSoon(tick)
		}
		loop.CallSoon(tick)
		co.Sleep(0)
		measure := func(label string, body func()) {
			start := it
			body()
			p(label, it-start)
		}
		measure("gather(c1, c2)", func() { awaitAll(co, leaf(), leaf()) })
		measure("gather(c sleeps)", func() { awaitAll(co, leafSleep()) })
		measure("wait_for(c sleeps, 5)", func() { co.Await(WaitFor(leafSleep(), 5)) })
		measure("wait_for(c, None)", func() { co.Await(WaitFor(leaf(), nil)) })
		measure("wait([task])", func() { co.Await(Wait(py.NewList(CreateTask(leaf(), nil)), nil, "")) })
		measure("TaskGroup 1 child", func() {
			asyncWith(co, NewTaskGroup(), func(g any) { g.(*TaskGroup).CreateTask(leaf(), nil) })
		})
		measure("as_completed([c])", func() {
			for f := range py.Iter(AsCompleted(py.NewList(leaf()), nil)) {
				co.Await(f)
			}
		})
		measure("timeout(1) sleep(0)", func() { asyncWith(co, Timeout(1), func(any) { co.Sleep(0) }) })
		measure("Lock uncontended", func() { asyncWith(co, NewLock(), func(any) {}) })
		measure("Queue.get non-empty", func() {
			q := NewQueue(nil)
			q.PutNowait(1)
			co.Await(q.Get())
		})
		measure("Event.set via call_soon", func() {
			e := NewEvent()
			loop.CallSoon(func() { e.Set() })
			co.Await(e.Wait())
		})
		measure("shield(c)", func() { co.Await(Shield(leaf())) })
	})
	require.Equal(t, `gather(c1, c2) 3
gather(c sleeps) 4
wait_for(c sleeps, 5) 4
wait_for(c, None) 0
wait([task]) 3
TaskGroup 1 child 3
as_completed([c]) 3
timeout(1) sleep(0) 1
Lock uncontended 0
Queue.get non-empty 0
Event.set via call_soon 2
shield(c) 3
`, out)
}

// Non-awaitables get CPython's errors (python3: gather((1, 2)) raises
// "TypeError: An asyncio.Future, a coroutine or an awaitable is required",
// await wait([(1,)]) "AttributeError: 'tuple' object has no attribute
// 'add_done_callback'") rather than tripping over the unhashable Go value.
func TestGatherAndWaitRejectNonAwaitables(t *testing.T) {
	libRun(t, func(co *Coro, p func(...any)) {
		exc := coreTry(func() { Gather([]any{py.Tuple{1, 2}}, false) })
		require.NotNil(t, exc)
		require.True(t, exc.Is(py.TypeError))
		require.Equal(t, "An asyncio.Future, a coroutine or an awaitable is required", py.ExcStr(exc))
		exc = coreTry(func() { co.Await(Wait(py.NewList(py.Tuple{1}), nil, "")) })
		require.NotNil(t, exc)
		require.True(t, exc.Is(py.AttributeError))
		require.Equal(t, "'tuple' object has no attribute 'add_done_callback'", py.ExcStr(exc))
	})
}
