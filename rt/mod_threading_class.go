package rt

import (
	"github.com/pyasync2go/pyasync2go/rt/py"
)

// threading.Thread as a class: calling it makes a *Thread, and a user
// class may derive from it (class Worker(threading.Thread)), overriding
// run() and calling Thread.__init__ through super(). An instance of such
// a class is a *py.Instance whose native value is its *Thread; start()
// runs the instance's own run() on the new thread.

// ThreadClass is threading.Thread.
var ThreadClass = py.NewNativeClass(py.NativeClass{
	Name:   "Thread",
	Module: "threading",
	New: func(args []any, kw []py.KW) any {
		t := &Thread{done: make(chan struct{})}
		threadInit(t, args, kw)
		return t
	},
	IsInstance: func(v any) bool { _, ok := v.(*Thread); return ok },
	NewValue: func(self *py.Instance) any {
		return &Thread{self: self, done: make(chan struct{})}
	},
	Methods: map[string]func(args []any, kw []py.KW) any{
		"__init__": func(a []any, kw []py.KW) any {
			threadInit(threadSelf(a, "__init__"), a[1:], kw)
			return nil
		},
		"__repr__": func(a []any, kw []py.KW) any {
			t := threadSelf(a, "__repr__")
			noArgs("__repr__", a[1:], kw)
			return t.PyRepr()
		},
		"start": func(a []any, kw []py.KW) any {
			t := threadSelf(a, "start")
			noArgs("start", a[1:], kw)
			t.Start()
			return nil
		},
		"run": func(a []any, kw []py.KW) any {
			t := threadSelf(a, "run")
			noArgs("run", a[1:], kw)
			t.runTarget()
			return nil
		},
		"join": func(a []any, kw []py.KW) any {
			t := threadSelf(a, "join")
			joinSig.Bind(a[1:], kw)
			t.Join(kwArg(a[1:], kw, 0, "timeout"))
			return nil
		},
		"is_alive": func(a []any, kw []py.KW) any {
			t := threadSelf(a, "is_alive")
			noArgs("is_alive", a[1:], kw)
			t.assertInitialized("Thread.__init__() not called")
			return t.IsAlive()
		},
	},
	Properties: map[string][2]func(args []any, kw []py.KW) any{
		"name": {
			func(a []any, kw []py.KW) any { return threadSelf(a, "name").attr("name") },
			func(a []any, kw []py.KW) any { threadSelf(a, "name").setAttr("name", a[1]); return nil },
		},
		"daemon": {
			func(a []any, kw []py.KW) any { return threadSelf(a, "daemon").attr("daemon") },
			func(a []any, kw []py.KW) any { threadSelf(a, "daemon").setAttr("daemon", a[1]); return nil },
		},
		"ident":     {func(a []any, kw []py.KW) any { return threadSelf(a, "ident").attr("ident") }, nil},
		"native_id": {func(a []any, kw []py.KW) any { return threadSelf(a, "native_id").attr("native_id") }, nil},
	},
})

var (
	threadInitSig = &py.Signature{Name: "__init__", QualName: "Thread.__init__",
		Params:   []string{"group", "target", "name", "args", "kwargs"},
		Defaults: []any{nil, nil, nil, py.Tuple{}, nil},
		KwOnly:   []string{"daemon"}, KwDefaults: map[string]any{"daemon": nil}}
	joinSig = &py.Signature{Name: "join", QualName: "Thread.join", Params: []string{"timeout"}, Defaults: []any{nil}}
)

// threadInit is Thread.__init__(self, group=None, target=None, name=None,
// args=(), kwargs=None, *, daemon=None).
func threadInit(t *Thread, args []any, kw []py.KW) {
	b := threadInitSig.Bind(args, kw)
	t.init(b[0], b[1], b[2], b[3], b[4], b[5])
}

// threadSelf is the *Thread of a Thread method's self argument.
func threadSelf(a []any, name string) *Thread {
	if len(a) == 0 {
		panic(py.New(py.TypeError, "Thread."+name+"() missing 1 required positional argument: 'self'"))
	}
	switch v := a[0].(type) {
	case *Thread:
		return v
	}
	if t, ok := py.NativeOf(a[0]).(*Thread); ok {
		return t
	}
	panic(py.New(py.AttributeError, "'"+py.TypeName(a[0])+"' object has no attribute '_initialized'"))
}

// assertInitialized is Thread's `assert self._initialized, msg`.
func (t *Thread) assertInitialized(msg string) {
	t.mu.Lock()
	ok := t.initialized
	t.mu.Unlock()
	if !ok {
		panic(py.New(py.AssertionError, msg))
	}
}

// PyClass is the thread's class for type() and isinstance: Thread, or
// the user's subclass (the main thread is _MainThread, named by TypeOf).
func (t *Thread) PyClass() *py.Class {
	switch {
	case t.self != nil:
		return t.self.Class
	case t.main:
		return nil
	}
	return ThreadClass
}

// attr reads Thread's properties (name, daemon, ident, native_id).
func (t *Thread) attr(name string) any {
	t.assertInitialized("Thread.__init__() not called")
	t.mu.Lock()
	defer t.mu.Unlock()
	switch name {
	case "name":
		return t.name
	case "daemon":
		return t.daemon
	}
	if !t.started {
		return nil
	}
	return t.ident
}

// setAttr writes Thread's name and daemon properties.
func (t *Thread) setAttr(name string, v any) {
	if name == "name" {
		t.assertInitialized("Thread.__init__() not called")
		s := py.Str(v)
		t.mu.Lock()
		t.name = s
		t.mu.Unlock()
		return
	}
	truth := py.Truth(v)
	t.mu.Lock()
	defer t.mu.Unlock()
	if !t.initialized {
		panic(py.New(py.RuntimeError, "Thread.__init__() not called"))
	}
	if t.started {
		panic(py.New(py.RuntimeError, "cannot set daemon status of active thread"))
	}
	t.daemon = truth
}
