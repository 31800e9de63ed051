package py

import (
	"iter"
	"sync"
)

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
	if c == ObjectType {
		return &ClassDictProxy{cls: c}
	}
	if c.dataclass != nil || c.enum != nil || c.namedTuple != nil || len(c.annotations) > 0 || isEnumBase(c) {
		panic(New(NotImplementedError, "not implemented: the __dict__ of a dataclass, enum, named tuple or annotated class"))
	}
	return &ClassDictProxy{cls: c}
}

// items builds the mapping in CPython's order.
func (p *ClassDictProxy) items() *Dict {
	c := p.cls
	if c == ObjectType {
		return objectDict()
	}
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
			hasDict = hasDict || !k.noDict
			hasWeakref = hasWeakref || !k.noWeakref
		case k.IsSubclass(BaseException):
			hasDict = true
		case k == IntType || k == StrType || k == FloatType || k == TupleType:
			hasWeakref = true // variable-size builtins have no weakref slot
		}
	}
	if c.ownSlots {
		// __slots__ decides: only the descriptors it names.
		hasDict, hasWeakref = !c.slotDict, !c.slotWeakref
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

// objectDictNames are vars(object)'s names in CPython's order, with the
// kind of each value ("slot": slot wrapper, "method": method descriptor).
var objectDictNames = []struct{ name, kind string }{
	{"__new__", "new"}, {"__repr__", "slot"}, {"__hash__", "slot"}, {"__str__", "slot"},
	{"__getattribute__", "slot"}, {"__setattr__", "slot"}, {"__delattr__", "slot"}, {"__lt__", "slot"},
	{"__le__", "slot"}, {"__eq__", "slot"}, {"__ne__", "slot"}, {"__gt__", "slot"}, {"__ge__", "slot"},
	{"__init__", "slot"}, {"__reduce_ex__", "method"}, {"__reduce__", "method"}, {"__getstate__", "method"},
	{"__subclasshook__", "method"}, {"__init_subclass__", "method"}, {"__format__", "method"},
	{"__sizeof__", "method"}, {"__dir__", "method"}, {"__class__", "attribute"}, {"__doc__", "doc"},
}

const objectDoc = "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n"

// builtinDescriptor is one of object's methods read through vars(object)
// that the runtime does not model: printable and callable-looking, but
// calling it stops as unsupported.
type builtinDescriptor struct{ name, text string }

// PyRepr is <method '__dir__' of 'object' objects> and the like.
func (d *builtinDescriptor) PyRepr() string { return d.text }

// PyType names the type in error messages.
func (d *builtinDescriptor) PyType() string { return "method_descriptor" }

// Call stops: the method is not modelled.
func (d *builtinDescriptor) Call(args []any, kw []KW) any {
	panic(New(NotImplementedError, "not implemented: object."+d.name+" called through vars(object)"))
}

var objectDict = sync.OnceValue(func() *Dict {
	d := NewDict()
	for _, e := range objectDictNames {
		var v any
		switch e.kind {
		case "new":
			v = &builtinDescriptor{e.name, "<built-in method __new__ of type object at " + addrHex(ObjectType) + ">"}
		case "slot":
			if f := builtinClassMethod(ObjectType, e.name); f != nil {
				v = f
			} else {
				v = &builtinDescriptor{e.name, "<slot wrapper '" + e.name + "' of 'object' objects>"}
			}
		case "method":
			v = &builtinDescriptor{e.name, "<method '" + e.name + "' of 'object' objects>"}
		case "attribute":
			v = &slotDescriptor{e.name, ObjectType}
		case "doc":
			v = objectDoc
		}
		d.Set(e.name, v)
	}
	return d
})
