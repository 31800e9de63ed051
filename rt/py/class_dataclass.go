package py

import "strings"

// dataclasses.dataclass and friends, as dataclasses.py builds them: the
// generated __init__/__repr__/__eq__/order methods/frozen __setattr__ go
// into the class namespace. The class body's annotated names, in order,
// come from ClassAnnotation (codegen records them while the body runs).

// FrozenInstanceError is dataclasses.FrozenInstanceError.
var FrozenInstanceError = &Class{Name: "FrozenInstanceError", Module: "dataclasses", Base: AttributeError}

// dcMissing is dataclasses.MISSING as the registry passes it (a string
// default no program spells).
const dcMissing = "<dataclasses.MISSING>"

// FieldSpec is what field(...) returns.
type FieldSpec struct {
	Default, Factory    any
	HasDefault, HasFact bool
	Init, Repr, Compare bool
	name                string
}

// PyRepr is a short form of dataclasses.Field's repr.
func (f *FieldSpec) PyRepr() string { return "Field(name=" + Repr(f.name) + ")" }

// PyType names the type in error messages.
func (f *FieldSpec) PyType() string { return "Field" }

// DataclassField is dataclasses.field(*, default, default_factory, init,
// repr, compare).
func DataclassField(def, factory, init, repr, compare any) any {
	f := &FieldSpec{Init: boolOr(init, true), Repr: boolOr(repr, true), Compare: boolOr(compare, true)}
	if s, ok := def.(string); !ok || s != dcMissing {
		f.Default, f.HasDefault = def, true
	}
	if s, ok := factory.(string); !ok || s != dcMissing {
		f.Factory, f.HasFact = factory, true
	}
	if f.HasDefault && f.HasFact {
		panic(New(ValueError, "cannot specify both default and default_factory"))
	}
	return f
}

func boolOr(v any, def bool) bool {
	if v == nil {
		return def
	}
	return Truth(v)
}

// ClassAnnotation records an annotated name of a class body (classVar: the
// annotation is ClassVar[...], which dataclasses skip).
func ClassAnnotation(ns *Dict, name string, classVar bool) {
	v, _ := ns.Get(annotationsKey)
	l, _ := v.(*List)
	if l == nil {
		l = NewList()
		ns.Set(annotationsKey, l)
	}
	l.Append(Tuple{name, classVar})
}

// annotationsKey holds the annotated names in the namespace while the body
// runs; MakeClass moves them out of it.
const annotationsKey = "\x00annotations"

type dcInfo struct {
	fields []*FieldSpec
	frozen bool
}

// Dataclass is dataclasses.dataclass(cls=None, *, init, repr, eq, order,
// frozen): with cls nil it returns the decorator.
func Dataclass(cls, init, repr, eq, order, frozen any) any {
	if cls == nil {
		return NewBuiltin("wrap", func(args []any, kw []KW) any {
			arity("wrap", args, 1, 1)
			return Dataclass(args[0], init, repr, eq, order, frozen)
		})
	}
	c, ok := cls.(*Class)
	if !ok || c.Dict == nil {
		panic(New(TypeError, "dataclass() should be called on a class"))
	}
	makeDataclass(c, boolOr(init, true), boolOr(repr, true), boolOr(eq, true), boolOr(order, false), boolOr(frozen, false))
	return c
}

func makeDataclass(c *Class, init, repr, eq, order, frozen bool) {
	var fields []*FieldSpec
	byName := map[string]int{}
	for i := len(c.mro) - 1; i > 0; i-- {
		if b := c.mro[i].dataclass; b != nil {
			for _, f := range b.fields {
				if j, ok := byName[f.name]; ok {
					fields[j] = f
					continue
				}
				byName[f.name] = len(fields)
				fields = append(fields, f)
			}
		}
	}
	for _, a := range c.annotations {
		if a.classVar {
			continue
		}
		f := &FieldSpec{Init: true, Repr: true, Compare: true, name: a.name}
		if v, ok := c.Dict.Get(a.name); ok {
			if spec, isSpec := v.(*FieldSpec); isSpec {
				cp := *spec
				f = &cp
				f.name = a.name
				if f.HasDefault {
					c.Dict.Set(a.name, f.Default)
				} else {
					c.Dict.Delete(a.name)
				}
			} else {
				f.Default, f.HasDefault = v, true
			}
		}
		if f.HasDefault {
			switch f.Default.(type) {
			case *List, *Dict, *Set:
				panic(New(ValueError, "mutable default "+TypeOf(f.Default).PyRepr()+" for field "+a.name+" is not allowed: use default_factory"))
			}
		}
		if j, ok := byName[a.name]; ok {
			fields[j] = f
			continue
		}
		byName[a.name] = len(fields)
		fields = append(fields, f)
	}
	for i := len(c.mro) - 1; i > 0; i-- {
		if b := c.mro[i].dataclass; b != nil && b.frozen != frozen {
			if frozen {
				panic(New(TypeError, "cannot inherit frozen dataclass from a non-frozen one"))
			}
			panic(New(TypeError, "cannot inherit non-frozen dataclass from a frozen one"))
		}
	}
	c.dataclass = &dcInfo{fields: fields, frozen: frozen}
	set := func(name string, fn func(self any, args []any) any) {
		if !c.Dict.Contains(name) || name == "__hash__" {
			c.Dict.Set(name, dcMethod(c, name, fn))
		}
	}
	if init {
		c.Dict.Set("__init__", dcInit(c, fields))
	}
	if repr {
		set("__repr__", func(self any, args []any) any {
			var parts []string
			for _, f := range fields {
				if f.Repr {
					parts = append(parts, f.name+"="+Repr(GetAttr(self, f.name)))
				}
			}
			return TypeOf(self).qualName() + "(" + strings.Join(parts, ", ") + ")"
		})
	}
	cmpTuple := func(x any) Tuple {
		var t Tuple
		for _, f := range fields {
			if f.Compare {
				t = append(t, GetAttr(x, f.name))
			}
		}
		return t
	}
	if eq {
		set("__eq__", func(self any, args []any) any {
			if TypeOf(args[0]) != TypeOf(self) {
				return NotImplemented
			}
			var r any
			dcEqFrame(func() { r = Eq(cmpTuple(self), cmpTuple(args[0])) })
			return r
		})
	}
	if order {
		if !eq {
			panic(New(ValueError, "eq must be true if order is true"))
		}
		for _, op := range []struct {
			name  string
			cmp   func(a, b any) bool
			frame func(body func())
		}{{"__lt__", Lt, dcLtFrame}, {"__le__", LtE, dcLeFrame}, {"__gt__", Gt, dcGtFrame}, {"__ge__", GtE, dcGeFrame}} {
			cmp, frame := op.cmp, op.frame
			if c.Dict.Contains(op.name) {
				panic(New(TypeError, "Cannot overwrite attribute "+op.name+" in class "+c.Name+". Consider using functools.total_ordering"))
			}
			set(op.name, func(self any, args []any) any {
				if TypeOf(args[0]) != TypeOf(self) {
					return NotImplemented
				}
				var r bool
				frame(func() { r = cmp(cmpTuple(self), cmpTuple(args[0])) })
				return r
			})
		}
	}
	if frozen {
		for _, name := range []string{"__setattr__", "__delattr__"} {
			if c.Dict.Contains(name) {
				panic(New(TypeError, "Cannot overwrite attribute "+name+" in class "+c.Name))
			}
		}
		set("__setattr__", func(self any, args []any) any {
			name := attrName("__setattr__", args[0])
			if _, ok := byName[name]; ok || TypeOf(self) == c {
				dcSetattrFrame(func() { panic(New(FrozenInstanceError, "cannot assign to field '"+name+"'")) })
			}
			objectSetAttr(self.(*Instance), name, args[1])
			return nil
		})
		set("__delattr__", func(self any, args []any) any {
			name := attrName("__delattr__", args[0])
			dcDelattrFrame(func() { panic(New(FrozenInstanceError, "cannot delete field '"+name+"'")) })
			return nil
		})
	}
	switch {
	case eq && frozen:
		set("__hash__", func(self any, args []any) any {
			var r any
			dcHashFrame(func() { r = Hash(cmpTuple(self)) })
			return r
		})
	case eq && !c.Dict.Contains("__hash__"):
		c.Dict.Set("__hash__", nil)
	}
	if h, ok := c.Dict.Get("__hash__"); ok && h == nil && !eq {
		c.Dict.Delete("__hash__")
	}
	var args Tuple
	for _, f := range fields {
		if f.Init {
			args = append(args, f.name)
		}
	}
	if !c.Dict.Contains("__match_args__") {
		c.Dict.Set("__match_args__", args)
	}
	classChanged(c)
}

func dcMethod(c *Class, name string, fn func(self any, args []any) any) *Function {
	return &Function{Name: name, QualName: c.qualName() + "." + name, Fn: func(args []any, kw []KW) any {
		if len(args) == 0 || len(kw) > 0 {
			panic(New(TypeError, c.qualName()+"."+name+"() takes positional arguments only"))
		}
		return fn(args[0], args[1:])
	}}
}

// dcFactory marks a parameter whose default comes from default_factory.
type dcFactory struct{ f *FieldSpec }

func dcInit(c *Class, fields []*FieldSpec) *Function {
	sig := &Signature{Name: "__init__", QualName: c.qualName() + ".__init__", Params: []string{"self"}}
	seenDefault := ""
	for _, f := range fields {
		if !f.Init {
			continue
		}
		sig.Params = append(sig.Params, f.name)
		switch {
		case f.HasDefault:
			sig.Defaults = append(sig.Defaults, f.Default)
			seenDefault = f.name
		case f.HasFact:
			sig.Defaults = append(sig.Defaults, &dcFactory{f})
			seenDefault = f.name
		case seenDefault != "":
			panic(New(TypeError, "non-default argument '"+f.name+"' follows default argument"))
		}
	}
	return NewFunction(sig, func(b []any) any {
		self := b[0]
		i := 1
		// line is the line of CPython's generated __init__ this field's
		// assignment is on: the body starts on line 3, with a line for
		// every field that is a parameter or has a default factory.
		line := 2
		for _, f := range fields {
			var v any
			if f.Init || f.HasFact {
				line++
			}
			if f.Init {
				v = b[i]
				i++
				if d, ok := v.(*dcFactory); ok {
					dcInitFrameAt(line, func() { v = Call(d.f.Factory, nil, nil) })
				}
			} else if f.HasFact {
				dcInitFrameAt(line, func() { v = Call(f.Factory, nil, nil) })
			} else if f.HasDefault {
				v = f.Default
			} else {
				continue
			}
			if o, ok := self.(*Instance); ok {
				objectSetAttr(o, f.name, v)
			} else {
				dcInitFrameAt(line, func() { SetAttr(self, f.name, v) })
			}
		}
		if post, ok := TypeOf(self).lookup("__post_init__"); ok {
			dcInitFrameAt(line+1, func() { callBound(post, self, nil) })
		}
		return nil
	})
}

func isDataclassInstance(x any) bool {
	o, ok := x.(*Instance)
	return ok && o.Class.dataclass != nil
}

// DataclassAsdict is dataclasses.asdict(obj).
func DataclassAsdict(obj any) any {
	if !isDataclassInstance(obj) {
		panic(New(TypeError, "asdict() should be called on dataclass instances"))
	}
	return dcConvert(obj, true)
}

// DataclassAstuple is dataclasses.astuple(obj).
func DataclassAstuple(obj any) any {
	if !isDataclassInstance(obj) {
		panic(New(TypeError, "astuple() should be called on dataclass instances"))
	}
	return dcConvert(obj, false)
}

func dcConvert(x any, asDict bool) any {
	switch v := x.(type) {
	case *Instance:
		if v.Class.dataclass == nil {
			return x
		}
		if asDict {
			d := NewDict()
			for _, f := range v.Class.dataclass.fields {
				d.Set(f.name, dcConvert(GetAttr(v, f.name), asDict))
			}
			return d
		}
		var t Tuple
		for _, f := range v.Class.dataclass.fields {
			t = append(t, dcConvert(GetAttr(v, f.name), asDict))
		}
		return t
	case *List:
		out := NewList()
		for _, it := range v.Items {
			out.Append(dcConvert(it, asDict))
		}
		return out
	case Tuple:
		out := make(Tuple, len(v))
		for i, it := range v {
			out[i] = dcConvert(it, asDict)
		}
		return out
	case *Dict:
		out := NewDict()
		for k, val := range v.All() {
			out.Set(dcConvert(k, asDict), dcConvert(val, asDict))
		}
		return out
	}
	return x
}

// DataclassIsDataclass is dataclasses.is_dataclass(obj).
func DataclassIsDataclass(obj any) any {
	if c, ok := obj.(*Class); ok {
		return c.dataclass != nil
	}
	return isDataclassInstance(obj)
}

// DataclassReplace is dataclasses.replace(obj, /, **changes): a new
// instance built by __init__ from obj's init fields and the changes.
func DataclassReplace(obj any, args []any, changes []KW) any {
	if len(args) > 0 {
		panic(New(TypeError, "replace() takes 1 positional argument but "+itoa(1+len(args))+" were given"))
	}
	if !isDataclassInstance(obj) {
		panic(New(TypeError, "replace() should be called on dataclass instances"))
	}
	c := obj.(*Instance).Class
	var kw []KW
	given := map[string]bool{}
	for _, ch := range changes {
		given[ch.Name] = true
	}
	for _, f := range c.dataclass.fields {
		if !f.Init {
			if given[f.name] {
				panic(New(ValueError, "field "+f.name+" is declared with init=False, it cannot be specified with replace()"))
			}
			continue
		}
		if !given[f.name] {
			kw = append(kw, KW{f.name, GetAttr(obj, f.name)})
		}
	}
	return c.Call(nil, append(kw, changes...))
}

// DataclassFields is dataclasses.fields(class_or_instance): the fields in
// definition order (ClassVar pseudo-fields are not among them).
func DataclassFields(obj any) any {
	c, ok := obj.(*Class)
	if !ok {
		c = TypeOf(obj)
	}
	if c == nil || c.dataclass == nil {
		panic(New(TypeError, "must be called with a dataclass type or instance"))
	}
	out := make(Tuple, len(c.dataclass.fields))
	for i, f := range c.dataclass.fields {
		out[i] = f
	}
	return out
}

// PyGetAttr reads a Field's attributes. Its type is the evaluated
// annotation, which translated programs never evaluate.
func (f *FieldSpec) PyGetAttr(name string) (any, bool) {
	switch name {
	case "name":
		return f.name, true
	case "init":
		return f.Init, true
	case "repr":
		return f.Repr, true
	case "compare":
		return f.Compare, true
	case "default":
		if !f.HasDefault {
			Unsupported("dataclasses.MISSING (a Field's default when it has none)")
		}
		return f.Default, true
	case "default_factory":
		if !f.HasFact {
			Unsupported("dataclasses.MISSING (a Field's default_factory when it has none)")
		}
		return f.Factory, true
	case "type", "metadata", "hash", "kw_only", "_field_type":
		Unsupported("dataclasses.Field." + name)
	}
	return nil, false
}
