package rt

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/pyasync2go/pyasync2go/rt/py"
)

// threads.py (new; output from python3):
//
//	def blocking(x, scale=1):
//	    time.sleep(0.01)
//	    return x * scale
//	def boom(): raise ValueError("in thread")
//	async def main():
//	    loop = asyncio.get_running_loop()
//	    print(await asyncio.to_thread(blocking, 3))
//	    print(await asyncio.to_thread(blocking, 2, scale=10))
//	    print(await loop.run_in_executor(None, blocking, 5))
//	    try: await asyncio.to_thread(boom)
//	    except ValueError as e: print("ValueError", e)
//	    print(await asyncio.gather(*(asyncio.to_thread(blocking, i) for i in range(4))))
//	    async def coro(x):
//	        # sleep(0): a timer here would fire only after the grace rule's
//	        # half second of real waiting while from_thread blocks (oracle too).
//	        await asyncio.sleep(0); return x + 1
//	    def from_thread():
//	        fut = asyncio.run_coroutine_threadsafe(coro(41), loop)
//	        return fut.result(5)
//	    print(await asyncio.to_thread(from_thread))
func TestThreads(t *testing.T) {
	for _, virtual := range []bool{true, false} {
		out := libRunClock(t, virtual, func(co *Coro, p func(...any)) {
			blocking := &boundMethod{name: "blocking", fn: func(a []any, kw []py.KW) any {
				TimeSleep(0.01)
				scale := 1
				if s := kwArg(a, kw, 1, "scale"); s != nil {
					scale = s.(int)
				}
				return a[0].(int) * scale
			}}
			boom := &boundMethod{name: "boom", fn: func([]any, []py.KW) any { panic(py.New(py.ValueError, "in thread")) }}
			loop := GetRunningLoop()
			p(co.Await(ToThread(blocking, []any{3}, nil)))
			p(co.Await(ToThread(blocking, []any{2}, []py.KW{{Name: "scale", Value: 10}})))
			p(co.Await(loop.RunInExecutor(nil, blocking, 5)))
			tryExcept(func() { co.Await(ToThread(boom, nil, nil)) }, py.ValueError, func(e *py.Exception) { p("ValueError", e) })
			var aws []any
			for i := range 4 {
				aws = append(aws, ToThread(blocking, []any{i}, nil))
			}
			p(awaitAll(co, aws...))
			coro := func(x int) *Coro {
				return goCoro(libInfo("coro", 14), func(co *Coro) any {
					co.Sleep(0)
					return x + 1
				})
			}
			fromThread := &boundMethod{name: "from_thread", fn: func([]any, []py.KW) any {
				fut := RunCoroutineThreadsafe(coro(41), loop).(*ConcurrentFuture)
				return fut.Result(5)
			}}
			p(co.Await(ToThread(fromThread, nil, nil)))
		})
		require.Equal(t, "3\n20\n5\nValueError in thread\n[0, 1, 2, 3]\n42\n", out, "virtual clock: %v", virtual)
	}
}

// Under the virtual clock a loop whose only hope is a worker goroutine
// waits for it instead of declaring a deadlock or jumping time.
func TestThreadWorkKeepsVirtualLoopWaiting(t *testing.T) {
	out := libRun(t, func(co *Coro, p func(...any)) {
		release := make(chan struct{})
		slow := &boundMethod{name: "slow", fn: func([]any, []py.KW) any { <-release; return "late" }}
		fut := GetRunningLoop().RunInExecutor(nil, slow)
		go close(release)
		p(co.Await(fut), GetRunningLoop().Time())
	})
	require.Equal(t, "late 0.0\n", out)
}

// rct_cancel.py (new; output from python3 and the virtual-clock oracle):
// cancelling run_coroutine_threadsafe's future cancels the task.
//
//	async def main():
//	    loop = asyncio.get_running_loop()
//	    log = []
//	    started = threading.Event()
//	    async def spin():
//	        started.set()
//	        try:
//	            while True: await asyncio.sleep(0)
//	        except asyncio.CancelledError: log.append("spin cancelled"); raise
//	    def from_thread():
//	        fut = asyncio.run_coroutine_threadsafe(spin(), loop)
//	        started.wait()
//	        cancelled = fut.cancel()
//	        try: fut.result()
//	        except concurrent.futures.CancelledError: return cancelled, fut.cancelled(), "CancelledError"
//	    r = await asyncio.to_thread(from_thread)
//	    await asyncio.sleep(0.01)
//	    print(r, log)
func TestRunCoroutineThreadsafeCancel(t *testing.T) {
	out := libRun(t, func(co *Coro, p func(...any)) {
		loop := GetRunningLoop()
		var log []any
		started := make(chan struct{})
		spin := goCoro(libInfo("spin", 6), func(co *Coro) any {
			close(started)
			tryExcept(func() {
				for {
					co.Sleep(0)
				}
			}, py.CancelledError, func(e *py.Exception) {
				log = append(log, "spin cancelled")
				panic(e)
			})
			return nil
		})
		fromThread := &boundMethod{name: "from_thread", fn: func([]any, []py.KW) any {
			fut := RunCoroutineThreadsafe(spin, loop).(*ConcurrentFuture)
			<-started
			cancelled := fut.Cancel()
			var res any
			tryExcept(func() { fut.Result(nil) }, py.FuturesCancelledError, func(*py.Exception) {
				res = py.Tuple{cancelled, fut.Cancelled(), "CancelledError"}
			})
			return res
		}}
		r := co.Await(ToThread(fromThread, nil, nil))
		co.Sleep(0.01)
		p(r, log)
	})
	require.Equal(t, "(True, True, 'CancelledError') ['spin cancelled']\n", out)
}
