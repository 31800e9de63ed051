package py

// Unbound is the value a Python variable holds while it is not bound: before
// its first assignment, after `del`, after the `except ... as` clause that
// bound it. Only variables whose reads the frontend could not prove bound
// start as Unbound; their reads go through LoadLocal, LoadGlobal or LoadFree,
// which raise CPython's error when they find it. A Python value is never
// an *unboundT, so the check is one pointer comparison.
var Unbound any = &unboundT{}

type unboundT struct{ _ byte } // not zero-sized, so the pointer is unique

// LoadLocal is a read of a function's local variable that may be unbound.
func LoadLocal(v any, name string) any {
	if v == Unbound {
		unboundLocal(name)
	}
	return v
}

// LoadGlobal is a read of a module-level variable that may be unbound.
func LoadGlobal(v any, name string) any {
	if v == Unbound {
		unboundGlobal(name)
	}
	return v
}

// LoadGlobalOr is LoadGlobal for a module variable that shadows a builtin:
// while the variable is unbound the name means the builtin again.
func LoadGlobalOr(v any, builtin func() any) any {
	if v == Unbound {
		return builtin()
	}
	return v
}

// LoadFree is a read of an enclosing function's variable (a closure cell)
// that may be unbound.
func LoadFree(v any, name string) any {
	if v == Unbound {
		unboundFree(name)
	}
	return v
}

func unboundLocal(name string) {
	Throw(New(UnboundLocalError, "cannot access local variable '"+name+"' where it is not associated with a value"))
}

func unboundGlobal(name string) {
	Throw(New(NameError, "name '"+name+"' is not defined"))
}

func unboundFree(name string) {
	Throw(New(NameError, "cannot access free variable '"+name+"' where it is not associated with a value in enclosing scope"))
}
