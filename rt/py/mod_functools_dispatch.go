package py

import "iter"

// functools.singledispatch, after CPython 3.11's Lib/functools.py: a
// registry from classes to implementations, dispatched on the class of
// the first argument along its MRO. Registering by annotation reads the
// function's __annotations__, which codegen sets (WithAnnotation) only
// for a def decorated with `.register`.

// WithAnnotation sets fn's __annotations__ to {name: ann}: the first
// annotated parameter of a def passed to singledispatch's register.
func WithAnnotation(fn any, name string, ann any) any {
	if f, ok := fn.(*Function); ok {
		if f.Attrs == nil {
			f.Attrs = map[string]any{}
		}
		f.Attrs["__annotations__"] = DictOf(name, ann)
	}
	return fn
}

type dispatcher struct {
	registry *Dict // class -> implementation, in registration order
	cache    map[*Class]any
}

func (d *dispatcher) dispatch(cls *Class) any {
	if impl, ok := d.cache[cls]; ok {
		return impl
	}
	var impl any
	for _, c := range cls.MRO() {
		if f, ok := d.registry.Get(c); ok {
			impl = f
			break
		}
	}
	d.cache[cls] = impl
	return impl
}

func (d *dispatcher) register(cls, fn any) any {
	c, isCls := asClass(cls)
	if isCls {
		if fn == nil {
			return NewBuiltin("<lambda>", func(a []any, kw []KW) any {
				arity("<lambda>", a, 1, 1)
				return d.register(c, a[0])
			})
		}
	} else {
		if fn != nil {
			panic(New(TypeError, "Invalid first argument to `register()`. "+Repr(cls)+" is not a class or union type."))
		}
		var ann *Dict
		if v, ok := LookupAttr(cls, "__annotations__"); ok {
			ann, _ = v.(*Dict)
		}
		if ann == nil || ann.Len() == 0 {
			panic(New(TypeError, "Invalid first argument to `register()`: "+Repr(cls)+". Use either `@register(some_class)` or plain `@register` on an annotated function."))
		}
		fn = cls
		for k, v := range ann.All() {
			if c, isCls = asClass(v); !isCls {
				panic(New(TypeError, "Invalid annotation for "+Repr(k)+". "+Repr(v)+" is not a class."))
			}
			break
		}
	}
	d.registry.Set(c, fn)
	clear(d.cache)
	return fn
}

// FunctoolsSingledispatch is functools.singledispatch(func).
func FunctoolsSingledispatch(fn any) any {
	d := &dispatcher{registry: NewDict(), cache: map[*Class]any{}}
	d.registry.Set(ObjectType, fn)
	funcname := "singledispatch function"
	if v, ok := LookupAttr(fn, "__name__"); ok {
		if s, isStr := v.(string); isStr {
			funcname = s
		}
	}
	w := &Function{}
	w.Fn = func(args []any, kw []KW) any {
		if len(args) == 0 {
			panic(New(TypeError, funcname+" requires at least 1 positional argument"))
		}
		return Call(d.dispatch(TypeOf(args[0])), args, kw)
	}
	copyWrapperAttrs(w, fn)
	w.Attrs["register"] = NewBuiltin("register", func(a []any, kw []KW) any {
		var cls, f any
		for _, k := range kw {
			switch k.Name {
			case "cls":
				a = append([]any{k.Value}, a...)
			case "func":
				f = k.Value
			default:
				panic(New(TypeError, "singledispatch.<locals>.register() got an unexpected keyword argument '"+k.Name+"'"))
			}
		}
		arity("register", a, 1, 2)
		cls = a[0]
		if len(a) == 2 {
			f = a[1]
		}
		return d.register(cls, f)
	})
	w.Attrs["dispatch"] = NewBuiltin("dispatch", func(a []any, kw []KW) any {
		noKw("dispatch", kw)
		arity("dispatch", a, 1, 1)
		c, ok := asClass(a[0])
		if !ok {
			panic(New(TypeError, "descriptor 'mro' for 'type' objects doesn't apply to a '"+TypeName(a[0])+"' object"))
		}
		return d.dispatch(c)
	})
	w.Attrs["registry"] = &MappingProxy{d: d.registry}
	return w
}

// MappingProxy is types.MappingProxyType: a read-only view of a dict.
type MappingProxy struct{ d *Dict }

func (m *MappingProxy) PyType() string { return "mappingproxy" }
func (m *MappingProxy) PyRepr() string { return "mappingproxy(" + Repr(m.d) + ")" }
func (m *MappingProxy) PyLen() int     { return m.d.Len() }
func (m *MappingProxy) PyContains(k any) bool {
	return m.d.Contains(k)
}
func (m *MappingProxy) PyIter() iter.Seq[any] { return Iter(m.d) }
func (m *MappingProxy) PyGetItem(k any) any   { return m.d.GetItem(k) }
func (m *MappingProxy) PyGetAttr(name string) (any, bool) {
	switch name {
	case "keys", "values", "items", "get", "copy":
		return GetAttr(m.d, name), true
	}
	return nil, false
}
