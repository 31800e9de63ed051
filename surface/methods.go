package surface

import "github.com/pyasync2go/pyasync2go/rt/py"

// UnsupportedMethod reports whether typeName.name ("str.__len__") is a
// real attribute of CPython's builtin type that the runtime does not
// implement, so a call of it on a receiver of that static type can be
// rejected at translation time instead of stopping the program when it
// runs. It reads the runtime's own tables (rt/py's dir() of each type,
// generated from CPython, and its method set), so the two cannot disagree.
func UnsupportedMethod(typeName, name string) bool { return py.UnimplementedMethod(typeName, name) }
