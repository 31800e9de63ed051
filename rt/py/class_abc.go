package py

import (
	"sort"
	"strings"
)

// abc.ABC and abc.abstractmethod, and functools.wraps, total_ordering and
// cached_property: the pieces of those modules user classes rely on.

// ABCType is abc.ABC.
var ABCType = &Class{Name: "ABC", Module: "abc", Bases: []*Class{ObjectType}, Dict: NewDict()}

func init() {
	ABCType.Base = ObjectType
	ABCType.mro = []*Class{ABCType, ObjectType}
	ABCType.buildTable()
}

// AbcAbstractmethod is abc.abstractmethod(fn): it marks fn.
func AbcAbstractmethod(fn any) any {
	SetAttr(fn, "__isabstractmethod__", true)
	return fn
}

func isAbstract(v any) bool {
	switch f := v.(type) {
	case *Function:
		return f.Attrs["__isabstractmethod__"] == true
	case *Property:
		return isAbstract(f.Get)
	case *StaticMethod:
		return isAbstract(f.Fn)
	case *ClassMethod:
		return isAbstract(f.Fn)
	}
	return false
}

// checkAbstract raises CPython's TypeError when c (an ABC subclass) still
// has abstract methods.
func checkAbstract(c *Class) {
	if !c.IsSubclass(ABCType) {
		return
	}
	names := abstractNames(c)
	if len(names) == 0 {
		return
	}
	s := ""
	if len(names) > 1 {
		s = "s"
	}
	panic(New(TypeError, "Can't instantiate abstract class "+c.Name+" with abstract method"+s+" "+strings.Join(names, ", ")))
}

// abstractNames are the sorted names of c's abstract methods.
func abstractNames(c *Class) []string {
	var names []string
	for name, e := range c.table {
		if !e.builtin && isAbstract(e.v) {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	return names
}

// abstractMethodsAttr is an ABC subclass's __abstractmethods__, a
// frozenset of names.
func abstractMethodsAttr(c *Class) *Set {
	s := NewSet()
	for _, n := range abstractNames(c) {
		s.Add(n)
	}
	s.Frozen = true
	return s
}

// FunctoolsWraps is functools.wraps(wrapped): a decorator copying
// __module__, __name__, __qualname__, __doc__ and the attributes of
// wrapped onto the wrapper, and setting __wrapped__.
func FunctoolsWraps(wrapped any) any {
	return NewBuiltin("update_wrapper", func(args []any, kw []KW) any {
		arity("update_wrapper", args, 1, 1)
		w := args[0]
		for _, name := range []string{"__name__", "__qualname__", "__doc__"} {
			if v, ok := LookupAttr(wrapped, name); ok {
				SetAttr(w, name, v)
			}
		}
		if f, ok := wrapped.(*Function); ok {
			for _, k := range sortedKeys(f.Attrs) {
				SetAttr(w, k, f.Attrs[k])
			}
		}
		SetAttr(w, "__wrapped__", wrapped)
		return w
	})
}

// FunctoolsTotalOrdering is functools.total_ordering(cls).
func FunctoolsTotalOrdering(cls any) any {
	c, ok := cls.(*Class)
	if !ok || c.Dict == nil {
		panic(New(TypeError, "total_ordering() needs a class"))
	}
	var root string
	for _, name := range []string{"__lt__", "__le__", "__gt__", "__ge__"} {
		if c.userMethod(name) != nil {
			root = name
			break
		}
	}
	if root == "" {
		panic(New(ValueError, "must define at least one ordering operation: < > <= >="))
	}
	call := func(self, other any) (any, bool) {
		r := callBound(c.userMethod(root), self, []any{other})
		return r, r != NotImplemented
	}
	eq := func(self, other any) bool { return Eq(self, other) }
	derived := map[string]func(self, other any) any{}
	switch root {
	case "__lt__":
		derived["__gt__"] = func(a, b any) any {
			r, ok := call(a, b)
			return notImpl(ok, func() bool { return !Truth(r) && !eq(a, b) })
		}
		derived["__le__"] = func(a, b any) any {
			r, ok := call(a, b)
			return notImpl(ok, func() bool { return Truth(r) || eq(a, b) })
		}
		derived["__ge__"] = func(a, b any) any { r, ok := call(a, b); return notImpl(ok, func() bool { return !Truth(r) }) }
	case "__le__":
		derived["__ge__"] = func(a, b any) any {
			r, ok := call(a, b)
			return notImpl(ok, func() bool { return !Truth(r) || eq(a, b) })
		}
		derived["__lt__"] = func(a, b any) any {
			r, ok := call(a, b)
			return notImpl(ok, func() bool { return Truth(r) && !eq(a, b) })
		}
		derived["__gt__"] = func(a, b any) any { r, ok := call(a, b); return notImpl(ok, func() bool { return !Truth(r) }) }
	case "__gt__":
		derived["__lt__"] = func(a, b any) any {
			r, ok := call(a, b)
			return notImpl(ok, func() bool { return !Truth(r) && !eq(a, b) })
		}
		derived["__ge__"] = func(a, b any) any {
			r, ok := call(a, b)
			return notImpl(ok, func() bool { return Truth(r) || eq(a, b) })
		}
		derived["__le__"] = func(a, b any) any { r, ok := call(a, b); return notImpl(ok, func() bool { return !Truth(r) }) }
	case "__ge__":
		derived["__le__"] = func(a, b any) any {
			r, ok := call(a, b)
			return notImpl(ok, func() bool { return !Truth(r) || eq(a, b) })
		}
		derived["__gt__"] = func(a, b any) any {
			r, ok := call(a, b)
			return notImpl(ok, func() bool { return Truth(r) && !eq(a, b) })
		}
		derived["__lt__"] = func(a, b any) any { r, ok := call(a, b); return notImpl(ok, func() bool { return !Truth(r) }) }
	}
	for _, name := range []string{"__lt__", "__le__", "__gt__", "__ge__"} {
		fn, ok := derived[name]
		if !ok || c.userMethod(name) != nil {
			continue
		}
		c.Dict.Set(name, dcMethod(c, name, func(self any, args []any) any { return fn(self, args[0]) }))
	}
	classChanged(c)
	return c
}

func notImpl(ok bool, f func() bool) any {
	if !ok {
		return NotImplemented
	}
	return f()
}

// CachedProperty is functools.cached_property(fn): computed on first
// access, then stored in the instance's __dict__.
type CachedProperty struct {
	Fn   any
	name string
}

// FunctoolsCachedProperty is functools.cached_property(fn).
func FunctoolsCachedProperty(fn any) any {
	name := ""
	if f, ok := fn.(*Function); ok {
		name = f.Name
	}
	return &CachedProperty{Fn: fn, name: name}
}

// PyRepr is <functools.cached_property object at 0x...>.
func (p *CachedProperty) PyRepr() string {
	return "<functools.cached_property object at " + addrHex(p) + ">"
}

// PyType names the type in error messages.
func (p *CachedProperty) PyType() string { return "cached_property" }
