package rt

import (
	"fmt"
	"regexp"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/pyasync2go/pyasync2go/rt/py"
)

// Step coroutines are hand-lowered here the way codegen lowers them
// (DESIGN.md, "Stackless coroutines"): a PC switch, StartX, a resume
// label, Suspend, AwaitResult.

// stepAwait lowers one `return await aw` step function.
func stepAwait(name string, line int, start func(co *Coro)) *Coro {
	return NewStepCoro(info(name, line), func(co *Coro) any {
		switch co.PC {
		case 1:
			goto resume1
		}
		start(co)
	resume1:
		if co.Suspend() {
			co.PC = 1
			return Suspended
		}
		return co.AwaitResult()
	})
}

// /tmp/st/mixed.py; leaf and mid are hand-lowered step coroutines, blocky
// (try/finally around its await) and main straight-line test coroutines
// (goCoro):
//
//	async def leaf(n):
//	    await asyncio.sleep(0)
//	    if n == 2:
//	        raise ValueError("leaf%d" % n)
//	    return n * 10
//	async def blocky(n):
//	    try:
//	        return await leaf(n)
//	    finally:
//	        print("blocky finally", n)
//	async def mid(n):
//	    x = await blocky(n)
//	    return x + 1
//	async def main():
//	    print(await mid(1))
//	    try:
//	        await mid(2)
//	    except ValueError as e:
//	        print("caught", e)
//	    t = asyncio.create_task(mid(3))
//	    await asyncio.sleep(0)
//	    print(t.get_name(), t.done())
//	    t.cancel("stop")
//	    try:
//	        await t
//	    except asyncio.CancelledError as e:
//	        print("cancelled", t.cancelled(), e)
//	    print(await asyncio.sleep(0.5, "slept"))
//	    c = leaf(1)
//	    print(await c)
//	    try:
//	        await c
//	    except RuntimeError as e:
//	        print("reuse:", e)
func TestStepCoroMixedForms(t *testing.T) {
	r := runProg(t, true, func(p printer) {
		leaf := func(n int) *Coro {
			return NewStepCoro(info("leaf", 3), func(co *Coro) any {
				switch co.PC {
				case 1:
					goto resume1
				}
				co.StartSleep(0, nil)
			resume1:
				if co.Suspend() {
					co.PC = 1
					return Suspended
				}
				co.AwaitResult()
				if n == 2 {
					py.Throw(py.New(py.ValueError, fmt.Sprintf("leaf%d", n)))
				}
				return n * 10
			})
		}
		blocky := func(n int) *Coro {
			return goCoro(info("blocky", 9), func(co *Coro) any {
				defer p("blocky finally", n)
				return co.Await(leaf(n))
			})
		}
		mid := func(n int) *Coro {
			var x any
			return NewStepCoro(info("mid", 15), func(co *Coro) any {
				switch co.PC {
				case 1:
					goto resume1
				}
				co.StartAwait(blocky(n))
			resume1:
				if co.Suspend() {
					co.PC = 1
					return Suspended
				}
				x = co.AwaitResult()
				return x.(int) + 1
			})
		}
		Run(goCoro(info("main", 19), func(co *Coro) any {
			p(co.Await(mid(1)))
			if exc := py.Try(func() { co.Await(mid(2)) }); exc != nil {
				p("caught", exc)
			}
			tk := CreateTask(mid(3), nil)
			co.Sleep(0)
			p(tk.GetName(), tk.Done())
			tk.Cancel("stop")
			if exc := py.Try(func() { co.Await(tk) }); exc != nil {
				p("cancelled", tk.Cancelled(), exc)
			}
			p(co.Await(Sleep(0.5, "slept")))
			c := leaf(1)
			p(co.Await(c))
			if exc := py.Try(func() { co.Await(c) }); exc != nil {
				p("reuse:", exc)
			}
			return nil
		}), nil)
	})
	require.Equal(t, 0, r.status, r.stderr)
	require.Equal(t, `blocky finally 1
11
blocky finally 2
caught leaf2
Task-2 False
blocky finally 3
cancelled True stop
slept
10
reuse: cannot reuse already awaited coroutine
`, r.stdout)
}

// /tmp/st/queue.py, with every coroutine in the step form (main's
// sequence of awaits hand-lowered as a chain of resume points):
//
//	async def main():
//	    q = asyncio.Queue(maxsize=1)
//	    async def prod():
//	        for i in range(3):
//	            await q.put(i)
//	            print("put", i)
//	    async def cons():
//	        for _ in range(3):
//	            print("got", await q.get())
//	    await asyncio.gather(prod(), cons())
//	    t = asyncio.create_task(q.get())
//	    await asyncio.sleep(0)
//	    print(t.done())
//	    t.cancel()
//	    await asyncio.sleep(0)
//	    print(t.cancelled(), q.qsize(), len(q._getters))
//	    q.put_nowait("a")
//	    p = asyncio.create_task(q.put("b"))
//	    await asyncio.sleep(0)
//	    print(p.done(), q.qsize())
//	    print(await q.get(), await q.get())
//	    print(p.done())
func TestStepCoroQueueFastPaths(t *testing.T) {
	r := runProg(t, false, func(p printer) {
		q := NewQueue(1)
		prod := func() *Coro {
			i := 0
			return NewStepCoro(info("prod", 5), func(co *Coro) any {
				switch co.PC {
				case 1:
					goto resume1
				}
			loop:
				if i >= 3 {
					return nil
				}
				co.StartQueuePut(q, i)
			resume1:
				if co.Suspend() {
					co.PC = 1
					return Suspended
				}
				co.AwaitResult()
				p("put", i)
				i++
				goto loop
			})
		}
		cons := func() *Coro {
			i := 0
			return NewStepCoro(info("cons", 9), func(co *Coro) any {
				switch co.PC {
				case 1:
					goto resume1
				}
			loop:
				if i >= 3 {
					return nil
				}
				co.StartQueueGet(q)
			resume1:
				if co.Suspend() {
					co.PC = 1
					return Suspended
				}
				p("got", co.AwaitResult())
				i++
				goto loop
			})
		}
		var tk, put *Task
		var first any
		Run(NewStepCoro(info("main", 3), func(co *Coro) any {
			switch co.PC {
			case 1:
				goto resume1
			case 2:
				goto resume2
			case 3:
				goto resume3
			case 4:
				goto resume4
			case 5:
				goto resume5
			case 6:
				goto resume6
			}
			co.StartAwait(Gather([]any{prod(), cons()}, false))
		resume1:
			if co.Suspend() {
				co.PC = 1
				return Suspended
			}
			co.AwaitResult()
			tk = CreateTask(q.Get(), nil)
			co.StartSleep(0, nil)
		resume2:
			if co.Suspend() {
				co.PC = 2
				return Suspended
			}
			co.AwaitResult()
			p(tk.Done())
			tk.Cancel(nil)
			co.StartSleep(0, nil)
		resume3:
			if co.Suspend() {
				co.PC = 3
				return Suspended
			}
			co.AwaitResult()
			p(tk.Cancelled(), q.Qsize(), q.getters.len())
			q.PutNowait("a")
			put = CreateTask(q.Put("b"), nil)
			co.StartSleep(0, nil)
		resume4:
			if co.Suspend() {
				co.PC = 4
				return Suspended
			}
			co.AwaitResult()
			p(put.Done(), q.Qsize())
			co.StartQueueGet(q)
		resume5:
			if co.Suspend() {
				co.PC = 5
				return Suspended
			}
			first = co.AwaitResult()
			co.StartQueueGet(q)
		resume6:
			if co.Suspend() {
				co.PC = 6
				return Suspended
			}
			p(first, co.AwaitResult())
			p(put.Done())
			return nil
		}), nil)
	})
	require.Equal(t, 0, r.status, r.stderr)
	require.Equal(t, `put 0
got 0
put 1
got 1
put 2
got 2
False
True 0 0
False 1
a b
True
`, r.stdout)
}

// /tmp/st/m.py (CPython prints the script's absolute path; rt's CoroInfo
// carries the base name), every coroutine in the step form:
//
//	async def inner():
//	    await asyncio.sleep(10)
//	async def outer():
//	    await inner()
//	async def main():
//	    t = asyncio.create_task(outer())
//	    await asyncio.sleep(0)
//	    print(t)
//	    t.cancel()
//	    await asyncio.sleep(0)
//	    print(t.cancelled())
//	    asyncio.create_task(outer())
//	    print("leaving")
func TestStepCoroCancelThroughChain(t *testing.T) {
	r := runProg(t, true, func(p printer) {
		inner := func() *Coro {
			return stepAwait("inner", 2, func(co *Coro) { co.At(3); co.StartSleep(10, nil) })
		}
		outer := func() *Coro {
			return stepAwait("outer", 4, func(co *Coro) { co.At(5); co.StartAwait(inner()) })
		}
		var tk *Task
		Run(NewStepCoro(info("main", 6), func(co *Coro) any {
			switch co.PC {
			case 1:
				goto resume1
			case 2:
				goto resume2
			}
			tk = CreateTask(outer(), nil)
			co.StartSleep(0, nil)
		resume1:
			if co.Suspend() {
				co.PC = 1
				return Suspended
			}
			co.AwaitResult()
			p(tk)
			tk.Cancel(nil)
			co.StartSleep(0, nil)
		resume2:
			if co.Suspend() {
				co.PC = 2
				return Suspended
			}
			co.AwaitResult()
			p(tk.Cancelled())
			CreateTask(outer(), nil)
			p("leaving")
			return nil
		}), nil)
	})
	require.Equal(t, 0, r.status, r.stderr)
	require.Equal(t, `<Task pending name='Task-2' coro=<outer() running at m.py:5> wait_for=<Future pending cb=[Task.task_wakeup()]>>
True
leaving
`, r.stdout)
}

// /tmp/st/lockw.py: `async with lock` around an await, in the step form
// with a handler region (withRegions) standing for the with statement's
// implicit try; main is a straight-line test coroutine (goCoro).
//
//	async def worker(lock, name, fail):
//	    async with lock:
//	        print(name, "in")
//	        await asyncio.sleep(0)
//	        if fail:
//	            raise ValueError(name)
//	        print(name, "out")
//	    return name
//	async def main():
//	    lock = asyncio.Lock()
//	    r = await asyncio.gather(worker(lock, "a", False), worker(lock, "b", True), worker(lock, "c", False), return_exceptions=True)
//	    print(r, lock.locked())
//	    t = asyncio.create_task(worker(lock, "d", False))
//	    await asyncio.sleep(0)
//	    t.cancel()
//	    try:
//	        await t
//	    except asyncio.CancelledError:
//	        print("d cancelled", lock.locked())
//	    async with lock:
//	        t = asyncio.create_task(worker(lock, "e", False))
//	        await asyncio.sleep(0)
//	        print(lock)
//	        t.cancel()
//	        await asyncio.sleep(0)
//	    print(t.cancelled(), lock)
func TestStepCoroAsyncWithHandler(t *testing.T) {
	r := runProg(t, false, func(p printer) {
		worker := func(lock *Lock, name string, fail bool) *Coro {
			var handler int32
			var raised *py.Exception
			return NewStepCoro(info("worker", 3), withRegions(&handler, &raised, func(co *Coro) any {
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
				co.StartAEnter(lock)
			resume1:
				if co.Suspend() {
					co.PC = 1
					return Suspended
				}
				co.AwaitResult()
				handler = 3
				p(name, "in")
				co.StartSleep(0, nil)
			resume2:
				if co.Suspend() {
					co.PC = 2
					return Suspended
				}
				co.AwaitResult()
				if fail {
					py.Throw(py.New(py.ValueError, name))
				}
				p(name, "out")
				handler = 0
				co.StartAExit(lock, nil)
			resume4:
				if co.Suspend() {
					co.PC = 4
					return Suspended
				}
				co.AwaitResult()
				goto after
			handler3:
				co.StartAExit(lock, raised)
			resume5:
				if co.Suspend() {
					co.PC = 5
					return Suspended
				}
				if !co.AwaitResult().(bool) {
					py.Rethrow(raised)
				}
			after:
				return name
			}))
		}
		Run(goCoro(info("main", 12), func(co *Coro) any {
			lock := NewLock()
			res := co.Await(Gather([]any{worker(lock, "a", false), worker(lock, "b", true), worker(lock, "c", false)}, true))
			p(py.Repr(res), lock.Locked())
			tk := CreateTask(worker(lock, "d", false), nil)
			co.Sleep(0)
			tk.Cancel(nil)
			if exc := py.Try(func() { co.Await(tk) }); exc != nil && exc.Is(py.CancelledError) {
				p("d cancelled", lock.Locked())
			}
			AEnter(co, lock)
			tk = CreateTask(worker(lock, "e", false), nil)
			co.Sleep(0)
			p(regexpAddr.ReplaceAllString(lock.PyRepr(), "0xADDR"))
			tk.Cancel(nil)
			co.Sleep(0)
			AExit(co, lock, nil)
			p(tk.Cancelled(), regexpAddr.ReplaceAllString(lock.PyRepr(), "0xADDR"))
			return nil
		}), nil)
	})
	require.Equal(t, 0, r.status, r.stderr)
	require.Equal(t, `a in
a out
b in
c in
c out
['a', ValueError('b'), 'c'] False
d in
d cancelled False
<asyncio.locks.Lock object at 0xADDR [locked, waiters:1]>
True <asyncio.locks.Lock object at 0xADDR [unlocked]>
`, r.stdout)
}

var regexpAddr = regexp.MustCompile(`0x[0-9a-f]+`)

// /tmp/st/early.py: the region is entered and left by an exception within
// one step (the uncontended acquire does not suspend), so whether it
// catches must be decided when the exception is raised:
//
//	async def w(lock):
//	    async with lock:
//	        raise ValueError("early")
//	async def main():
//	    lock = asyncio.Lock()
//	    try:
//	        await w(lock)
//	    except ValueError as e:
//	        print("caught", e, lock.locked())
func TestStepCoroRegionEnteredAndRaisedInOneStep(t *testing.T) {
	r := runProg(t, false, func(p printer) {
		w := func(lock *Lock) *Coro {
			var handler int32
			var raised *py.Exception
			return NewStepCoro(info("w", 3), withRegions(&handler, &raised, func(co *Coro) any {
				switch co.PC {
				case 1:
					goto resume1
				case 2:
					goto handler2
				case 3:
					goto resume3
				}
				co.StartAEnter(lock)
			resume1:
				if co.Suspend() {
					co.PC = 1
					return Suspended
				}
				co.AwaitResult()
				handler = 2
				py.Throw(py.New(py.ValueError, "early"))
			handler2:
				co.StartAExit(lock, raised)
			resume3:
				if co.Suspend() {
					co.PC = 3
					return Suspended
				}
				if !co.AwaitResult().(bool) {
					py.Rethrow(raised)
				}
				return nil
			}))
		}
		Run(goCoro(info("main", 7), func(co *Coro) any {
			lock := NewLock()
			if exc := py.Try(func() { co.Await(w(lock)) }); exc != nil {
				p("caught", exc, lock.Locked())
			}
			return nil
		}), nil)
	})
	require.Equal(t, 0, r.status, r.stderr)
	require.Equal(t, "caught early False\n", r.stdout)
}

// withRegions is the loop codegen wraps a step function with handler
// regions in (regionWrapper, DESIGN.md "Handler regions"): an exception
// escaping step while *handler is set re-enters it at that resume point
// with the exception in *raised.
func withRegions(handler *int32, raised **py.Exception, step func(co *Coro) any) func(co *Coro) any {
	return func(co *Coro) any {
		for {
			res, exc := func() (res any, exc *py.Exception) {
				defer func() {
					if *handler == 0 {
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
			co.PC, *raised, *handler = *handler, exc, 0
		}
	}
}
