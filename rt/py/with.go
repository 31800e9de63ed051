package py

// The context-manager protocol of the with statement (DESIGN.md,
// "Protocols and user classes").

// ContextManager is implemented by rt/py's own context managers.
type ContextManager interface {
	PyEnter() any
	// PyExit is __exit__: exc is nil when the body completed; true
	// swallows exc.
	PyExit(exc *Exception) bool
}

// Enter is the start of `with mgr`: it checks that mgr has __enter__ and
// __exit__, as CPython 3.11's BEFORE_WITH does, and returns what
// __enter__ returns (the `as` value).
func Enter(mgr any) any {
	if cm, ok := mgr.(ContextManager); ok {
		return cm.PyEnter()
	}
	if _, ok := LookupAttr(mgr, "__enter__"); !ok {
		panic(New(TypeError, "'"+TypeName(mgr)+"' object does not support the context manager protocol"))
	}
	if _, ok := LookupAttr(mgr, "__exit__"); !ok {
		panic(New(TypeError, "'"+TypeName(mgr)+"' object does not support the context manager protocol (missed __exit__ method)"))
	}
	return CallMethod(mgr, "__enter__", nil, nil)
}

// Exit is the end of `with mgr`: __exit__(None, None, None) after a body
// that completed, __exit__(type, exc, tb) after one that raised exc. It
// reports whether __exit__ swallowed exc (returned something true). The
// traceback argument is None: rt/py has no traceback objects.
func Exit(mgr any, exc *Exception) bool {
	if cm, ok := mgr.(ContextManager); ok {
		return cm.PyExit(exc)
	}
	if exc == nil {
		CallMethod(mgr, "__exit__", []any{nil, nil, nil}, nil)
		return false
	}
	return Truth(CallMethod(mgr, "__exit__", []any{exc.Class, exc, nil}, nil))
}
