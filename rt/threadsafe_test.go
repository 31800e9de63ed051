package rt

import (
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

// 100 goroutines call call_soon_threadsafe at once while the loop is idle
// (blocked waiting); every callback must run, on the loop, exactly once.
// CPython prints "total 20000" for:
//
//	import asyncio, threading
//	async def main():
//	    loop = asyncio.get_running_loop(); done = loop.create_future(); count = 0
//	    def bump():
//	        nonlocal count; count += 1
//	        if count == 20000: done.set_result(count)
//	    def worker():
//	        for _ in range(200): loop.call_soon_threadsafe(bump)
//	    ts = [threading.Thread(target=worker) for _ in range(100)]
//	    for t in ts: t.start()
//	    print("total", await done)
//	    for t in ts: t.join()
//	asyncio.run(main())
func TestCallSoonThreadsafeHammer(t *testing.T) {
	const goroutines, each = 100, 200
	r := runProg(t, false, func(p printer) {
		Run(goCoro(info("main", 1), func(co *Coro) any {
			loop := GetRunningLoop()
			done := loop.CreateFuture()
			count := 0
			bump := func() {
				count++
				if count == goroutines*each {
					done.SetResult(count)
				}
			}
			var start sync.WaitGroup
			start.Add(1)
			for g := 0; g < goroutines; g++ {
				go func() {
					start.Wait()
					for i := 0; i < each; i++ {
						loop.CallSoonThreadsafe(bump)
					}
				}()
			}
			start.Done()
			p("total", co.Await(done))
			return nil
		}), nil)
	})
	assert.Equal(t, "total 20000\n", r.stdout)
	assert.Equal(t, "", r.stderr)
}

// Under the virtual clock, pending thread work makes the loop wait for the
// thread instead of jumping to the next timer or reporting a deadlock.
// beginThreadWork/finishThreadWork stand for run_in_executor here; output of
// PYASYNC2GO_CLOCK=virtual python3 testdata/oracle.py tw.py:
//
//	import asyncio, time
//	async def main():
//	    loop = asyncio.get_running_loop()
//	    loop.call_later(5, print, "timer at 5")
//	    r = await loop.run_in_executor(None, lambda: "from thread")
//	    print(r, loop.time())
//	    await asyncio.sleep(10)
//	    print(loop.time())
//	asyncio.run(main())
func TestVirtualClockWaitsForThreadWork(t *testing.T) {
	r := runProg(t, true, func(p printer) {
		Run(goCoro(info("main", 1), func(co *Coro) any {
			loop := GetRunningLoop()
			fut := loop.CreateFuture()
			loop.CallLater(5, p, "timer at 5")
			loop.beginThreadWork()
			go func() {
				time.Sleep(20 * time.Millisecond)
				loop.finishThreadWork(func() { fut.SetResult("from thread") }, "set()")
			}()
			p(co.Await(fut), loop.Time())
			co.Sleep(10)
			p(loop.Time())
			return nil
		}), nil)
	})
	assert.Equal(t, "from thread 0.0\ntimer at 5\n10.0\n", r.stdout)
	assert.Equal(t, 0, r.status)
}
