package rt

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/pyasync2go/pyasync2go/rt/py"
)

// tgChild is the child coroutine the TaskGroup programs share:
//
//	async def child(name, d, exc=None):
//	    try:
//	        await asyncio.sleep(d)
//	        if exc: raise exc(name)
//	        print(name, "ok"); return name
//	    except asyncio.CancelledError: print(name, "cancelled"); raise
func tgChild(p func(...any), okWord string, name string, d float64, exc *py.Class) *Coro {
	return goCoro(libInfo("child", 2), func(co *Coro) any {
		tryExcept(func() {
			co.Sleep(d)
			if exc != nil {
				panic(py.New(exc, name))
			}
			p(name, okWord)
		}, py.CancelledError, func(e *py.Exception) {
			p(name, "cancelled")
			panic(e)
		})
		return name
	})
}

// tricky/09_taskgroup_timeout.py (source in ../shared/tricky).
func TestTricky09TaskGroupTimeout(t *testing.T) {
	out := libRun(t, func(co *Coro, p func(...any)) {
		child := func(name string, d float64, fail bool) *Coro {
			var exc *py.Class
			if fail {
				exc = py.ValueError
			}
			return tgChild(p, "finished", name, d, exc)
		}
		exc := coreTry(func() {
			asyncWith(co, NewTaskGroup(), func(v any) {
				tg := v.(*TaskGroup)
				tg.CreateTask(child("fast", 0, false), nil)
				tg.CreateTask(child("bad", 0.01, true), nil)
				tg.CreateTask(child("slow", 10, false), nil)
				p("body done")
			})
		})
		require.NotNil(t, exc)
		eg := exceptStar(exc, py.ValueError)
		require.NotNil(t, eg)
		members := py.Tuple{}
		for _, e := range eg.Exceptions {
			members = append(members, e)
		}
		p("caught:", eg, members)
		tryExcept(func() {
			asyncWith(co, Timeout(0), func(any) { co.Await(child("timed", 10, false)) })
		}, py.TimeoutError, func(e *py.Exception) { p("TimeoutError from", libRepr(e.Cause)) })
	})
	require.Equal(t, `body done
fast finished
slow cancelled
caught: unhandled errors in a TaskGroup (1 sub-exception) (ValueError('bad'),)
timed cancelled
TimeoutError from CancelledError()
`, out)
}

// taskgroup.py, semantics W6 (the uncaught group of the second TaskGroup
// is checked instead of its traceback):
//
//	async def main():
//	    try:
//	        async with asyncio.TaskGroup() as tg:
//	            tg.create_task(child("a", 0)); tg.create_task(child("b", .01, ValueError))
//	            tg.create_task(child("c", .01, KeyError)); tg.create_task(child("d", 1))
//	            print("body done")
//	    except* ValueError as eg: print("VE:", repr(eg))
//	    except* KeyError as eg: print("KE:", eg)
//	    async with asyncio.TaskGroup() as tg:
//	        tg.create_task(child("e", .01, TypeError))
func TestTaskGroup(t *testing.T) {
	out, uncaught := libRunUncaught(true, func(co *Coro, p func(...any)) {
		child := func(name string, d float64, exc *py.Class) *Coro { return tgChild(p, "ok", name, d, exc) }
		exc := coreTry(func() {
			asyncWith(co, NewTaskGroup(), func(v any) {
				tg := v.(*TaskGroup)
				tg.CreateTask(child("a", 0, nil), nil)
				tg.CreateTask(child("b", .01, py.ValueError), nil)
				tg.CreateTask(child("c", .01, py.KeyError), nil)
				tg.CreateTask(child("d", 1, nil), nil)
				p("body done")
			})
		})
		require.NotNil(t, exc)
		p("VE:", libRepr(exceptStar(exc, py.ValueError)))
		p("KE:", exceptStar(exc, py.KeyError))
		asyncWith(co, NewTaskGroup(), func(v any) {
			v.(*TaskGroup).CreateTask(child("e", .01, py.TypeError), nil)
		})
	})
	require.Equal(t, `body done
a ok
d cancelled
VE: ExceptionGroup('unhandled errors in a TaskGroup', [ValueError('b')])
KE: unhandled errors in a TaskGroup (1 sub-exception)
`, out)
	require.NotNil(t, uncaught)
	require.Equal(t, "ExceptionGroup('unhandled errors in a TaskGroup', [TypeError('e')])", libRepr(uncaught))
}

// taskgroup_more.py (new; output from python3):
//
//	async def main():
//	    async with asyncio.TaskGroup() as tg:
//	        a = tg.create_task(child("a", .01), name="first")
//	        b = tg.create_task(child("b", .02))
//	    print(a.result(), b.result(), a.get_name(), b.get_name())
//	    try:
//	        async with asyncio.TaskGroup() as tg:
//	            tg.create_task(child("c", .01, ValueError))
//	            tg.create_task(child("d", .01, KeyError))
//	            tg.create_task(child("e", 1))
//	            await asyncio.sleep(1)
//	    except* (ValueError, KeyError) as eg:
//	        print("both:", repr(eg))
//	    try:
//	        async with asyncio.TaskGroup() as tg:
//	            tg.create_task(child("f", 1))
//	            raise RuntimeError("body")
//	    except* RuntimeError as eg:
//	        print("body error:", repr(eg))
//	    try:
//	        async with asyncio.TaskGroup() as tg:
//	            tg.create_task(child("g", .01, TypeError))
//	            await asyncio.sleep(0)
//	            raise NameError("body2")
//	    except* Exception as eg:
//	        print("mixed:", repr(eg))
func TestTaskGroupMore(t *testing.T) {
	out := libRun(t, func(co *Coro, p func(...any)) {
		child := func(name string, d float64, exc *py.Class) *Coro { return tgChild(p, "ok", name, d, exc) }
		var a, b *Task
		asyncWith(co, NewTaskGroup(), func(v any) {
			tg := v.(*TaskGroup)
			a = tg.CreateTask(child("a", .01, nil), "first")
			b = tg.CreateTask(child("b", .02, nil), nil)
		})
		p(a.Result(), b.Result(), a.GetName(), b.GetName())
		exc := coreTry(func() {
			asyncWith(co, NewTaskGroup(), func(v any) {
				tg := v.(*TaskGroup)
				tg.CreateTask(child("c", .01, py.ValueError), nil)
				tg.CreateTask(child("d", .01, py.KeyError), nil)
				tg.CreateTask(child("e", 1, nil), nil)
				co.Sleep(1)
			})
		})
		p("both:", libRepr(exc))
		exc = coreTry(func() {
			asyncWith(co, NewTaskGroup(), func(v any) {
				v.(*TaskGroup).CreateTask(child("f", 1, nil), nil)
				panic(py.New(py.RuntimeError, "body"))
			})
		})
		p("body error:", libRepr(exceptStar(exc, py.RuntimeError)))
		exc = coreTry(func() {
			asyncWith(co, NewTaskGroup(), func(v any) {
				v.(*TaskGroup).CreateTask(child("g", .01, py.TypeError), nil)
				co.Sleep(0)
				panic(py.New(py.NameError, "body2"))
			})
		})
		p("mixed:", libRepr(exceptStar(exc, py.Exception_)))
	})
	require.Equal(t, `a ok
b ok
a b first Task-3
e cancelled
both: ExceptionGroup('unhandled errors in a TaskGroup', [ValueError('c'), KeyError('d')])
body error: ExceptionGroup('unhandled errors in a TaskGroup', [RuntimeError('body')])
g cancelled
mixed: ExceptionGroup('unhandled errors in a TaskGroup', [NameError('body2')])
`, out)
}
