package rt

import "github.com/pyasync2go/pyasync2go/rt/py"

// The event loop policy API appears in tutorials mostly as the Windows
// idiom
//
//	if sys.platform == "win32":
//	    asyncio.set_event_loop_policy(asyncio.WindowsSelectorEventLoopPolicy())
//
// whose branch never runs on Linux, where CPython's asyncio has no Windows
// policies at all: reading one raises AttributeError there, and so it does
// here. Setting a policy is not modelled.

// WindowsSelectorEventLoopPolicy is asyncio.WindowsSelectorEventLoopPolicy
// read on Linux.
func WindowsSelectorEventLoopPolicy() any {
	panic(noAsyncioAttr("WindowsSelectorEventLoopPolicy"))
}

// WindowsProactorEventLoopPolicy is asyncio.WindowsProactorEventLoopPolicy
// read on Linux.
func WindowsProactorEventLoopPolicy() any {
	panic(noAsyncioAttr("WindowsProactorEventLoopPolicy"))
}

func noAsyncioAttr(name string) *py.Exception {
	e := py.New(py.AttributeError, "module 'asyncio' has no attribute '"+name+"'")
	e.Attrs = map[string]any{"name": name}
	return e
}

// SetEventLoopPolicy is asyncio.set_event_loop_policy(policy): it stops the
// program as unsupported when it runs (the translator accepts it so that the
// Windows idiom's dead branch translates).
func SetEventLoopPolicy(policy any) {
	py.Unsupported("asyncio.set_event_loop_policy()")
}
