package rt

import "github.com/pyasync2go/pyasync2go/rt/py"

// The inspect module's predicates on functions and the objects they make,
// and asyncio.iscoroutinefunction.

// InspectIsCoroutineFunction is inspect.iscoroutinefunction(obj) (and
// asyncio's, which agrees on everything a translated program can pass).
func InspectIsCoroutineFunction(obj any) any {
	f, ok := unwrapFunction(obj)
	return ok && f.Kind == py.FuncCoroutine
}

// InspectIsAsyncGenFunction is inspect.isasyncgenfunction(obj).
func InspectIsAsyncGenFunction(obj any) any {
	f, ok := unwrapFunction(obj)
	return ok && f.Kind == py.FuncAsyncGen
}

// InspectIsGeneratorFunction is inspect.isgeneratorfunction(obj).
func InspectIsGeneratorFunction(obj any) any {
	f, ok := unwrapFunction(obj)
	return ok && f.Kind == py.FuncGenerator
}

// InspectIsFunction is inspect.isfunction(obj): a Python function, not a
// builtin or a bound method.
func InspectIsFunction(obj any) any {
	f, ok := obj.(*py.Function)
	return ok && !f.Builtin && f.Self == nil
}

// InspectIsCoroutine is inspect.iscoroutine(obj).
func InspectIsCoroutine(obj any) any { return IsCoroutine(obj) }

// InspectIsAwaitable is inspect.isawaitable(obj).
func InspectIsAwaitable(obj any) any {
	switch obj.(type) {
	case *Coro, *Future, *Task:
		return true
	}
	_, ok := py.LookupAttr(obj, "__await__")
	return ok
}

// unwrapFunction is inspect's _signature_from_function unwrapping for the
// predicates: bound methods and functools.partial objects count as their
// function.
func unwrapFunction(obj any) (*py.Function, bool) {
	for {
		switch f := obj.(type) {
		case *py.Function:
			if f.Builtin {
				return nil, false
			}
			return f, true
		}
		if fn, ok := py.LookupAttr(obj, "func"); ok && py.TypeName(obj) == "partial" {
			obj = fn
			continue
		}
		return nil, false
	}
}
