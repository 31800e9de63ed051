package py

// Object is implemented by runtime values that are not plain Go scalars or
// py containers (tasks, futures, loops, queues, locks, coroutine objects...).
// Repr and Str dispatch to it.
type Object interface {
	// PyRepr returns repr(obj).
	PyRepr() string
}

// Stringer is implemented by objects whose str() differs from their repr().
type Stringer interface {
	PyStr() string
}

// TypeNamer lets an object name its Python type for error messages, e.g.
// "Task" in "'Task' object is not subscriptable".
type TypeNamer interface {
	PyType() string
}

// TypeModuler gives the module of a TypeNamer's type when it is not
// builtins: type(x).__module__, and the type's repr (<class
// 'asyncio.locks.Lock'>).
type TypeModuler interface {
	PyTypeModule() string
}

// AttrGetter is implemented by objects that support dynamic attribute access
// and method calls when codegen cannot bind them statically. Method values are
// returned as callables (see Callable).
type AttrGetter interface {
	PyGetAttr(name string) (any, bool)
}

// Callable is anything that can be called with positional and keyword
// arguments: user functions used as values, bound methods, builtins.
type Callable interface {
	Call(args []any, kwargs []KW) any
}

// KW is one keyword argument of a dynamic call.
type KW struct {
	Name  string
	Value any
}
