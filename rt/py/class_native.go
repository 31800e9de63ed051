package py

// Library classes implemented in Go that user classes may derive from
// (threading.Thread, in rt). Such a class has no namespace of its own: its
// methods and properties (nativeAttrs) are what subclasses inherit, find
// through super() and override. An instance of a subclass is an *Instance
// whose native field holds the Go value the class made for it before
// __init__ ran; the methods take that instance as self and reach the value
// with NativeOf. Calling the library class itself makes the plain Go value.

// NativeClass describes such a class to NewNativeClass.
type NativeClass struct {
	Name, Module string
	// New makes a plain instance: ClassName(*args, **kw).
	New func(args []any, kw []KW) any
	// IsInstance reports whether a Go value is a plain instance.
	IsInstance func(v any) bool
	// NewValue makes the Go value of a fresh instance of a subclass,
	// before its __init__ runs (the class's __init__ fills it).
	NewValue func(self *Instance) any
	// Methods take the instance (plain or of a subclass) as args[0].
	Methods map[string]func(args []any, kw []KW) any
	// Properties are data descriptors: Get reads, Set (nil: read-only)
	// writes; both take the instance first.
	Properties map[string][2]func(args []any, kw []KW) any
}

// NewNativeClass makes the class nc describes.
func NewNativeClass(nc NativeClass) *Class {
	c := &Class{Name: nc.Name, Module: nc.Module, Base: ObjectType, construct: nc.New, instance: nc.IsInstance, native: nc.NewValue}
	c.nativeAttrs = map[string]any{}
	for name, fn := range nc.Methods {
		f := NewBuiltin(name, fn)
		f.QualName = nc.Name + "." + name
		f.unbound = true
		c.nativeAttrs[name] = f
	}
	for name, gs := range nc.Properties {
		p := &Property{Get: NewBuiltin(name, gs[0])}
		if gs[1] != nil {
			p.Set = NewBuiltin(name, gs[1])
		}
		c.nativeAttrs[name] = p
	}
	return c
}

// NativeOf is the Go value behind an instance of a subclass of a native
// class (nil for anything else).
func NativeOf(x any) any {
	if o, ok := x.(*Instance); ok {
		return o.native
	}
	return nil
}

// nativeBase is the native class along c's MRO (nil for none).
func (c *Class) nativeBase() *Class {
	for _, k := range c.MRO() {
		if k.native != nil {
			return k
		}
	}
	return nil
}

// newNativeInstance is calling a user class deriving from the native
// class k: the Go value first, then __init__ (the nearest one, which may
// be the native class's own).
func newNativeInstance(c, k *Class, args []any, kw []KW) any {
	o := &Instance{Class: c}
	o.native = k.native(o)
	init, _ := c.lookup("__init__")
	if r := callBound(init, o, args, kw...); r != nil {
		panic(New(TypeError, "__init__() should return None, not '"+TypeName(r)+"'"))
	}
	return o
}

// PyClasser is a Go value whose Python class is a native class.
type PyClasser interface {
	// PyClass is the value's class, or nil to let TypeOf name it.
	PyClass() *Class
}

// UserAttr is the attribute name as a user class along c's MRO defines it
// (false when the nearest definition is a builtin or native class's).
func (c *Class) UserAttr(name string) (any, bool) {
	m := c.userMethod(name)
	return m, m != nil
}
