package rt

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/pyasync2go/pyasync2go/rt/py"
)

// timeout.py, semantics W5:
//
//	async def main():
//	    try:
//	        async with asyncio.timeout(0.01) as cm:
//	            try: await asyncio.sleep(1)
//	            except asyncio.CancelledError: print("body sees CancelledError"); raise
//	    except TimeoutError as e: print("TimeoutError", repr(e.__cause__), cm.expired())
//	    try:
//	        async with asyncio.timeout(0):        # expiry is delivered via call_soon
//	            print("body starts"); await asyncio.sleep(0); print("not reached")
//	    except TimeoutError: print("timeout(0) fired after one iteration")
func TestTimeout(t *testing.T) {
	out := libRun(t, func(co *Coro, p func(...any)) {
		var cm *TimeoutCM
		tryExcept(func() {
			cm = Timeout(0.01)
			asyncWith(co, cm, func(any) {
				tryExcept(func() { co.Sleep(1) }, py.CancelledError, func(e *py.Exception) {
					p("body sees CancelledError")
					panic(e)
				})
			})
		}, py.TimeoutError, func(e *py.Exception) { p("TimeoutError", libRepr(e.Cause), cm.Expired()) })
		tryExcept(func() {
			asyncWith(co, Timeout(0), func(any) {
				p("body starts")
				co.Sleep(0)
				p("not reached")
			})
		}, py.TimeoutError, func(*py.Exception) { p("timeout(0) fired after one iteration") })
	})
	require.Equal(t, `body sees CancelledError
TimeoutError CancelledError() True
body starts
timeout(0) fired after one iteration
`, out)
}

// timeout_misc.py (new; output from python3):
//
//	async def main():
//	    loop = asyncio.get_running_loop()
//	    async with asyncio.timeout(None) as cm:
//	        print(cm.when(), cm.expired()); await asyncio.sleep(0.01)
//	    print(cm.expired())
//	    try:
//	        async with asyncio.timeout(10) as cm:
//	            cm.reschedule(loop.time() + 0.01)
//	            await asyncio.sleep(1)
//	    except TimeoutError: print("rescheduled timeout fired", cm.expired())
//	    try:
//	        async with asyncio.timeout_at(loop.time() + 0.01):
//	            try:
//	                async with asyncio.timeout(1):
//	                    await asyncio.sleep(5)
//	            except TimeoutError: print("inner must not convert")
//	    except TimeoutError: print("outer converted")
//	    try:
//	        async with asyncio.timeout(0.01):
//	            await asyncio.wait_for(asyncio.sleep(1), 5)
//	    except TimeoutError: print("timeout around wait_for")
//	    async def swallow():
//	        try: await asyncio.sleep(1)
//	        except asyncio.CancelledError: return "swallowed"
//	    print(await asyncio.wait_for(swallow(), 0.01))
//	    cm = asyncio.timeout(1)
//	    try: cm.reschedule(1)
//	    except RuntimeError as e: print("RuntimeError", e)
func TestTimeoutMisc(t *testing.T) {
	out := libRun(t, func(co *Coro, p func(...any)) {
		loop := GetRunningLoop()
		cm := Timeout(nil)
		asyncWith(co, cm, func(any) {
			p(cm.When(), cm.Expired())
			co.Sleep(0.01)
		})
		p(cm.Expired())
		tryExcept(func() {
			cm = Timeout(10)
			asyncWith(co, cm, func(any) {
				cm.Reschedule(loop.Time() + 0.01)
				co.Sleep(1)
			})
		}, py.TimeoutError, func(*py.Exception) { p("rescheduled timeout fired", cm.Expired()) })
		tryExcept(func() {
			asyncWith(co, TimeoutAt(loop.Time()+0.01), func(any) {
				tryExcept(func() {
					asyncWith(co, Timeout(1), func(any) { co.Sleep(5) })
				}, py.TimeoutError, func(*py.Exception) { p("inner must not convert") })
			})
		}, py.TimeoutError, func(*py.Exception) { p("outer converted") })
		tryExcept(func() {
			asyncWith(co, Timeout(0.01), func(any) { co.Await(WaitFor(Sleep(1, nil), 5)) })
		}, py.TimeoutError, func(*py.Exception) { p("timeout around wait_for") })
		swallow := goCoro(libInfo("swallow", 22), func(co *Coro) any {
			var res any
			tryExcept(func() { co.Sleep(1) }, py.CancelledError, func(*py.Exception) { res = "swallowed" })
			return res
		})
		p(co.Await(WaitFor(swallow, 0.01)))
		tryExcept(func() { Timeout(1).Reschedule(1) }, py.RuntimeError, func(e *py.Exception) { p("RuntimeError", e) })
	})
	require.Equal(t, `None False
False
rescheduled timeout fired True
outer converted
timeout around wait_for
swallowed
RuntimeError Timeout has not been entered
`, out)
}

// timeout_repr.py (new; output from the oracle under the virtual clock,
// where loop.time() starts at 0.0):
//
//	async def main():
//	    cm = asyncio.timeout(1.23456)
//	    print(repr(cm))
//	    async with cm: print(repr(cm))
//	    print(repr(cm))
func TestTimeoutRepr(t *testing.T) {
	out := libRun(t, func(co *Coro, p func(...any)) {
		cm := Timeout(1.23456)
		p(cm.PyRepr())
		asyncWith(co, cm, func(any) { p(cm.PyRepr()) })
		p(cm.PyRepr())
	})
	require.Equal(t, "<Timeout [created]>\n<Timeout [active] when=1.235>\n<Timeout [finished]>\n", out)
}

// The TimeoutError and ExceptionGroup the library raises end their
// tracebacks in CPython's asyncio source, as in (python3 m.py):
//
//	async def main():
//	    async with asyncio.timeout(0.01):
//	        await asyncio.sleep(1)
//
// whose traceback ends
//
//	  File "/usr/lib/python3.11/asyncio/timeouts.py", line 115, in __aexit__
//	    raise TimeoutError from exc_val
//	TimeoutError
//
// and likewise wait_for (tasks.py line 502, or 464 for timeout 0) and
// TaskGroup (taskgroups.py line 145, `raise me from None`).
func TestLibraryRaisesEndInAsyncioSource(t *testing.T) {
	cases := []struct {
		name, tail string
		body       func(co *Coro)
	}{
		{"timeout", `timeouts.py", line 115, in __aexit__
    raise TimeoutError from exc_val
TimeoutError
`, func(co *Coro) { asyncWith(co, Timeout(0.01), func(any) { co.Sleep(1) }) }},
		{"wait_for", `tasks.py", line 502, in wait_for
    raise exceptions.TimeoutError() from exc
TimeoutError
`, func(co *Coro) { co.Await(WaitFor(Sleep(1, nil), 0.01)) }},
		{"wait_for 0", `tasks.py", line 464, in wait_for
    raise exceptions.TimeoutError() from exc
TimeoutError
`, func(co *Coro) { co.Await(WaitFor(Sleep(1, nil), 0)) }},
		{"TaskGroup", `taskgroups.py", line 145, in __aexit__
  |     raise me from None
  | ExceptionGroup: unhandled errors in a TaskGroup (1 sub-exception)
`, func(co *Coro) {
			asyncWith(co, NewTaskGroup(), func(tg any) {
				tg.(*TaskGroup).CreateTask(goCoro(libInfo("bad", 1), func(*Coro) any { panic(py.New(py.ValueError, "x")) }), nil)
			})
		}},
	}
	for _, c := range cases {
		_, exc := libRunUncaught(true, func(co *Coro, p func(...any)) { c.body(co) })
		require.NotNil(t, exc, c.name)
		require.Contains(t, py.FormatException(exc), c.tail, c.name)
	}
}
