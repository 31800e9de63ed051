package py

import "iter"

// A class's __dict__ (and vars(cls)): a read-only mappingproxy over the
// class namespace, with what CPython's type() adds to it: the __dict__ and
// __weakref__ descriptors when no base provides them, __doc__ (None when
// the body has no docstring) and the __hash__ = None a class defining
// __eq__ alone gets. Classes whose namespace a factory rewrote
// (dataclasses, enums, named tuples) or whose body has annotations
// (CPython's __annotations__ holds their evaluated values) are refused.

// ClassDictProxy is cls.__dict__.
type ClassDictProxy struct{ cls *Class }

// slotDescriptor is the __dict__ or __weakref__ attribute of a class.
type slotDescriptor struct {
	name string
	cls  *Class
}

// PyRepr is <attribute '__dict__' of 'A' objects>.
func (d *slotDescriptor) PyRepr() string {
	return "<attribute '" + d.name + "' of '" + d.cls.Name + "' objects>"
}

// PyType names the type in error messages.
func (d *slotDescriptor) PyType() string { return "getset_descriptor" }

func classDict(c *Class) *ClassDictProxy {
	if c.dataclass != nil || c.enum != nil || c.namedTuple != nil || len(c.annotations) > 0 || isEnumBase(c) {
		panic(New(NotImplementedError, "not implemented: the __dict__ of a dataclass, enum, named tuple or annotated class"))
	}
	return &ClassDictProxy{cls: c}
}

// items builds the mapping in CPython's order.
func (p *ClassDictProxy) items() *Dict {
	c := p.cls
	out := NewDict()
	for k, v := range c.Dict.All() {
		if k == "__hash__" && c.autoHash {
			continue
		}
		out.Set(k, v)
	}
	hasDict, hasWeakref := false, false
	for _, k := range c.mro[1:] {
		switch {
		case k == ObjectType:
		case k.Dict != nil:
			hasDict, hasWeakref = true, true
		case k.IsSubclass(BaseException):
			hasDict = true
		case k == IntType || k == StrType || k == FloatType || k == TupleType:
			hasWeakref = true // variable-size builtins have no weakref slot
		}
	}
	if !hasDict {
		out.Set("__dict__", &slotDescriptor{"__dict__", c})
	}
	if !hasWeakref {
		out.Set("__weakref__", &slotDescriptor{"__weakref__", c})
	}
	if !out.Contains("__doc__") {
		out.Set("__doc__", nil)
	}
	if c.autoHash {
		out.Set("__hash__", nil)
	}
	return out
}

// PyRepr is the repr of the mapping.
func (p *ClassDictProxy) PyRepr() string { return Repr(p.items()) }

// PyType names the type in error messages.
func (p *ClassDictProxy) PyType() string { return "mappingproxy" }

// PyGetItem is cls.__dict__[name].
func (p *ClassDictProxy) PyGetItem(key any) any { return GetItem(p.items(), key) }

// PySetItem refuses: a mappingproxy is read-only.
func (p *ClassDictProxy) PySetItem(key, v any) {
	panic(New(TypeError, "'mappingproxy' object does not support item assignment"))
}

// PyContains is `name in cls.__dict__`.
func (p *ClassDictProxy) PyContains(key any) bool { return p.items().Contains(key) }

// PyLen is len(cls.__dict__).
func (p *ClassDictProxy) PyLen() int { return p.items().Len() }

// PyIter iterates the names.
func (p *ClassDictProxy) PyIter() iter.Seq[any] { return Iter(p.items()) }

// PyGetAttr serves keys, values, items, get and copy.
func (p *ClassDictProxy) PyGetAttr(name string) (any, bool) {
	switch name {
	case "keys", "values", "items", "get", "copy":
		return LookupAttr(p.items(), name)
	}
	return nil, false
}

// PyEq compares the mapping.
func (p *ClassDictProxy) PyEq(other any) bool {
	if o, ok := other.(*ClassDictProxy); ok {
		other = o.items()
	}
	return Eq(p.items(), other)
}
