package rt

import (
	"maps"
	"sync/atomic"

	"github.com/pyasync2go/pyasync2go/rt/py"
)

// contextvars: ContextVar, Token, Context and copy_context, with asyncio's
// rules: a task runs in a copy of its creator's context, a callback in a
// copy of the context current when it was scheduled, to_thread in a copy
// of the caller's; a new thread starts with an empty context.

// Context is contextvars.Context. vars is never changed in place: set
// replaces it, so a copy shares the map until one side writes.
type Context struct {
	vars    map[*ContextVar]any
	entered bool
}

// loopContext is the main thread's current context: the loop thread's code
// runs one goroutine at a time, so one variable serves it. It is atomic
// because call_soon_threadsafe may be called from any goroutine.
var loopContext atomic.Pointer[Context]

func init() { loopContext.Store(&Context{}) }

// currentContext is the calling thread's current context.
func currentContext() *Context {
	if t, ok := py.CurrentThread().(*Thread); ok {
		t.mu.Lock()
		defer t.mu.Unlock()
		if t.ctx == nil {
			t.ctx = &Context{}
		}
		return t.ctx
	}
	return loopContext.Load()
}

// swapContext makes c the calling thread's current context and returns the
// one it replaces.
func swapContext(c *Context) *Context {
	if t, ok := py.CurrentThread().(*Thread); ok {
		t.mu.Lock()
		defer t.mu.Unlock()
		prev := t.ctx
		if prev == nil {
			prev = &Context{}
		}
		t.ctx = c
		return prev
	}
	return loopContext.Swap(c)
}

func (c *Context) copy() *Context { return &Context{vars: c.vars} }

// run is Context.run(callable, *args, **kwargs).
func (c *Context) run(fn any, args []any, kw []py.KW) any {
	if c.entered {
		panic(py.New(py.RuntimeError, "cannot enter context: "+c.PyRepr()+" is already entered"))
	}
	c.entered = true
	prev := swapContext(c)
	defer func() {
		swapContext(prev)
		c.entered = false
	}()
	return py.Call(fn, args, kw)
}

// ContextvarsCopyContext is contextvars.copy_context().
func ContextvarsCopyContext() any { return currentContext().copy() }

// NewContext is contextvars.Context(): an empty context.
func NewContext() any { return &Context{} }

func (c *Context) PyType() string       { return "Context" }
func (c *Context) PyTypeModule() string { return "_contextvars" }
func (c *Context) PyRepr() string       { return "<_contextvars.Context object at " + objectAddress(c) + ">" }
func (c *Context) PyLen() int           { return len(c.vars) }

func (c *Context) PyContains(x any) bool {
	v, ok := x.(*ContextVar)
	if !ok {
		panic(py.New(py.TypeError, "a ContextVar key was expected, got "+py.Repr(x)))
	}
	_, in := c.vars[v]
	return in
}

func (c *Context) PyGetItem(key any) any {
	v, ok := key.(*ContextVar)
	if !ok {
		panic(py.New(py.TypeError, "a ContextVar key was expected, got "+py.Repr(key)))
	}
	val, in := c.vars[v]
	if !in {
		panic(py.New(py.KeyError, v))
	}
	return val
}

func (c *Context) PyGetAttr(name string) (any, bool) {
	switch name {
	case "run":
		return py.NewMethod(name, c, func(a []any, kw []py.KW) any {
			if len(a) == 0 {
				panic(py.New(py.TypeError, "run() missing 1 required positional argument"))
			}
			return c.run(a[0], a[1:], kw)
		}), true
	case "copy":
		return py.NewMethod(name, c, func(a []any, kw []py.KW) any { noArgs(name, a, kw); return c.copy() }), true
	case "get":
		return py.NewMethod(name, c, func(a []any, kw []py.KW) any {
			need(a, 1, "get")
			v, ok := a[0].(*ContextVar)
			if !ok {
				panic(py.New(py.TypeError, "a ContextVar key was expected, got "+py.Repr(a[0])))
			}
			if val, in := c.vars[v]; in {
				return val
			}
			if len(a) > 1 {
				return a[1]
			}
			return nil
		}), true
	}
	return nil, false
}

// ContextVar is contextvars.ContextVar(name, *, default=<missing>).
type ContextVar struct {
	name       string
	def        any
	hasDefault bool
}

// NewContextVar is contextvars.ContextVar(name, *, default=...): the
// registry passes everything after name as (args, kw), so that a missing
// default is told from default=None.
func NewContextVar(name any, args []any, kw []py.KW) *ContextVar {
	if len(args) > 0 {
		panic(py.New(py.TypeError, "ContextVar() takes exactly 1 positional argument ("+py.Repr(len(args)+1)+" given)"))
	}
	s, ok := name.(string)
	if !ok {
		panic(py.New(py.TypeError, "context variable name must be a str"))
	}
	v := &ContextVar{name: s}
	for _, k := range kw {
		if k.Name != "default" {
			panic(py.New(py.TypeError, "ContextVar() got an unexpected keyword argument '"+k.Name+"'"))
		}
		v.def, v.hasDefault = k.Value, true
	}
	return v
}

func (v *ContextVar) get(def []any) any {
	if val, ok := currentContext().vars[v]; ok {
		return val
	}
	if len(def) > 0 {
		return def[0]
	}
	if v.hasDefault {
		return v.def
	}
	panic(py.New(py.LookupError, v))
}

// Token is contextvars.Token.
type Token struct {
	ctx    *Context
	v      *ContextVar
	old    any
	hadOld bool
	used   bool
}

func (v *ContextVar) set(val any) *Token {
	c := currentContext()
	old, had := c.vars[v]
	vars := maps.Clone(c.vars)
	if vars == nil {
		vars = map[*ContextVar]any{}
	}
	vars[v] = val
	c.vars = vars
	return &Token{ctx: c, v: v, old: old, hadOld: had}
}

func (v *ContextVar) reset(x any) {
	t, ok := x.(*Token)
	if !ok {
		panic(py.New(py.TypeError, "expected an instance of Token, got "+py.Repr(x)))
	}
	if t.used {
		panic(py.New(py.RuntimeError, py.Repr(t)+" has already been used once"))
	}
	if t.v != v {
		panic(py.New(py.ValueError, py.Repr(t)+" was created by a different ContextVar"))
	}
	c := currentContext()
	if t.ctx != c {
		panic(py.New(py.ValueError, py.Repr(t)+" was created in a different Context"))
	}
	t.used = true
	vars := maps.Clone(c.vars)
	if t.hadOld {
		vars[v] = t.old
	} else {
		delete(vars, v)
	}
	c.vars = vars
}

func (v *ContextVar) PyType() string       { return "ContextVar" }
func (v *ContextVar) PyTypeModule() string { return "_contextvars" }

func (v *ContextVar) PyRepr() string {
	s := "<ContextVar name=" + py.Repr(v.name)
	if v.hasDefault {
		s += " default=" + py.Repr(v.def)
	}
	return s + " at " + objectAddress(v) + ">"
}

func (v *ContextVar) PyGetAttr(name string) (any, bool) {
	switch name {
	case "name":
		return v.name, true
	case "get":
		return py.NewMethod(name, v, func(a []any, kw []py.KW) any {
			if len(kw) > 0 {
				panic(py.New(py.TypeError, "ContextVar.get() takes no keyword arguments"))
			}
			if len(a) > 1 {
				panic(py.New(py.TypeError, "get expected at most 1 argument, got "+py.Repr(len(a))))
			}
			return v.get(a)
		}), true
	case "set":
		return py.NewMethod(name, v, func(a []any, kw []py.KW) any {
			if len(a) != 1 || len(kw) > 0 {
				panic(py.New(py.TypeError, "ContextVar.set() takes exactly one argument ("+py.Repr(len(a))+" given)"))
			}
			return v.set(a[0])
		}), true
	case "reset":
		return py.NewMethod(name, v, func(a []any, kw []py.KW) any {
			if len(a) != 1 || len(kw) > 0 {
				panic(py.New(py.TypeError, "ContextVar.reset() takes exactly one argument ("+py.Repr(len(a))+" given)"))
			}
			v.reset(a[0])
			return nil
		}), true
	}
	return nil, false
}

func (t *Token) PyType() string       { return "Token" }
func (t *Token) PyTypeModule() string { return "_contextvars" }
func (t *Token) PyRepr() string {
	used := ""
	if t.used {
		used = " used"
	}
	return "<Token" + used + " var=" + t.v.PyRepr() + " at " + objectAddress(t) + ">"
}

// tokenMissing is Token.MISSING.
type tokenMissing struct{}

func (tokenMissing) PyRepr() string { return "<Token.MISSING>" }

func (t *Token) PyGetAttr(name string) (any, bool) {
	switch name {
	case "var":
		return t.v, true
	case "old_value":
		if !t.hadOld {
			return tokenMissing{}, true
		}
		return t.old, true
	}
	return nil, false
}

// decimalContextVar holds decimal's current context, as _decimal.c keeps
// it in a ContextVar: each task sees the context of its creator's copy.
var decimalContextVar = &ContextVar{name: "decimal_context"}

func init() {
	py.DecimalContextHooks.Get = func() any {
		v, ok := currentContext().vars[decimalContextVar]
		if !ok {
			return nil
		}
		return v
	}
	py.DecimalContextHooks.Set = func(c any) { decimalContextVar.set(c) }
}
