package py

import (
	"math/big"
	"sync"
)

func builtinType(name string, base *Class, instance func(any) bool, construct func([]any, []KW) any) *Class {
	return &Class{Name: name, Module: "builtins", Base: base, instance: instance, construct: construct}
}

// Classes of the builtin value types: usable with isinstance and callable
// as constructors (IntType.Call is int(...)).
var (
	ObjectType = &Class{Name: "object", Module: "builtins"}
	IntType    = builtinType("int", ObjectType, func(v any) bool {
		switch v.(type) {
		case int, bool, *big.Int:
			return true
		}
		_, ok := otherInt(v)
		return ok
	}, nil)
	BoolType      = builtinType("bool", IntType, func(v any) bool { _, ok := v.(bool); return ok }, nil)
	FloatType     = builtinType("float", ObjectType, func(v any) bool { _, ok := v.(float64); return ok }, nil)
	StrType       = builtinType("str", ObjectType, func(v any) bool { _, ok := v.(string); return ok }, nil)
	ListType      = builtinType("list", ObjectType, func(v any) bool { _, ok := v.(*List); return ok }, nil)
	TupleType     = builtinType("tuple", ObjectType, func(v any) bool { _, ok := v.(Tuple); return ok }, nil)
	DictType      = builtinType("dict", ObjectType, func(v any) bool { _, ok := v.(*Dict); return ok }, nil)
	SetType       = builtinType("set", ObjectType, func(v any) bool { s, ok := v.(*Set); return ok && !s.Frozen }, nil)
	FrozenSetType = builtinType("frozenset", ObjectType, func(v any) bool { s, ok := v.(*Set); return ok && s.Frozen }, nil)
	RangeType     = builtinType("range", ObjectType, func(v any) bool { _, ok := v.(*Range); return ok }, nil)
	SliceType     = builtinType("slice", ObjectType, func(v any) bool { _, ok := v.(*SliceObj); return ok }, nil)
	NoneType      = builtinType("NoneType", ObjectType, func(v any) bool { return v == nil }, nil)
	TypeType      = builtinType("type", ObjectType, func(v any) bool { _, ok := v.(*Class); return ok }, nil)
	FunctionType  = builtinType("function", ObjectType, func(v any) bool { f, ok := v.(*Function); return ok && !f.Builtin }, nil)
)

func init() {
	BaseException.Base = ObjectType
	IntType.construct = func(a []any, kw []KW) any { return builtinInt(a, kw) }
	BoolType.construct = func(a []any, kw []KW) any {
		noKw("bool", kw)
		arity("bool", a, 0, 1)
		return len(a) == 1 && Truth(a[0])
	}
	FloatType.construct = func(a []any, kw []KW) any { return builtinFloat(a, kw) }
	StrType.construct = func(a []any, kw []KW) any {
		if len(a) > 1 || len(kw) > 0 {
			return strDecode(a, kw)
		}
		arity("str", a, 0, 1)
		if len(a) == 0 {
			return ""
		}
		return Str(a[0])
	}
	ListType.construct = func(a []any, kw []KW) any {
		noKw("list", kw)
		arity("list", a, 0, 1)
		if len(a) == 0 {
			return NewList()
		}
		return ListFrom(a[0])
	}
	TupleType.construct = func(a []any, kw []KW) any {
		noKw("tuple", kw)
		arity("tuple", a, 0, 1)
		if len(a) == 0 {
			return Tuple{}
		}
		if t, ok := a[0].(Tuple); ok {
			return t
		}
		return Tuple(append([]any{}, toSliceIter(a[0])...))
	}
	DictType.construct = func(a []any, kw []KW) any {
		arity("dict", a, 0, 1)
		d := NewDict()
		if len(a) == 1 {
			d.Update(a[0], nil)
		}
		d.Update(nil, kw)
		return d
	}
	SetType.construct = func(a []any, kw []KW) any {
		noKw("set", kw)
		arity("set", a, 0, 1)
		if len(a) == 0 {
			return NewSet()
		}
		return SetFrom(a[0])
	}
	FrozenSetType.construct = func(a []any, kw []KW) any {
		noKw("frozenset", kw)
		arity("frozenset", a, 0, 1)
		s := NewSet()
		if len(a) == 1 {
			s = SetFrom(a[0])
		}
		s.Frozen = true
		return s
	}
	RangeType.construct = func(a []any, kw []KW) any {
		noKw("range", kw)
		return NewRange(a...)
	}
	TypeType.construct = func(a []any, kw []KW) any {
		arity("type", a, 1, 1)
		return TypeOf(a[0])
	}
	ObjectType.construct = func(a []any, kw []KW) any {
		if len(a) > 0 || len(kw) > 0 {
			panic(New(TypeError, "object() takes no arguments"))
		}
		return NewObject()
	}
	NoneType.construct = func(a []any, kw []KW) any { return nil }
	SliceType.construct = func(a []any, kw []KW) any {
		noKw("slice", kw)
		switch len(a) {
		case 1:
			return Slice(nil, a[0], nil)
		case 2:
			return Slice(a[0], a[1], nil)
		case 3:
			return Slice(a[0], a[1], a[2])
		}
		if len(a) == 0 {
			panic(New(TypeError, "slice expected at least 1 argument, got 0"))
		}
		panic(New(TypeError, "slice expected at most 3 arguments, got "+itoa(len(a))))
	}
}

var (
	otherTypesMu sync.Mutex
	otherTypes   = map[string]*Class{}
)

// TypeOf is type(x).
func TypeOf(x any) *Class {
	switch v := x.(type) {
	case nil:
		return NoneType
	case bool:
		return BoolType
	case int, *big.Int:
		return IntType
	case float64:
		return FloatType
	case string:
		return StrType
	case *List:
		return ListType
	case Tuple:
		return TupleType
	case *Dict:
		return DictType
	case *Set:
		if v.Frozen {
			return FrozenSetType
		}
		return SetType
	case *Range:
		return RangeType
	case *SliceObj:
		return SliceType
	case Bytes:
		return BytesType
	case *ByteArray:
		return ByteArrayType
	case *Class:
		return TypeType
	case *Exception:
		return v.Class
	case *Instance:
		return v.Class
	}
	if _, ok := otherInt(x); ok {
		return IntType
	}
	if pc, ok := x.(PyClasser); ok {
		if c := pc.PyClass(); c != nil {
			return c
		}
	}
	name, module := TypeName(x), typeModule(x)
	otherTypesMu.Lock()
	defer otherTypesMu.Unlock()
	key := module + "." + name
	c := otherTypes[key]
	if c == nil {
		c = builtinType(name, ObjectType, func(v any) bool { return typeModule(v) == module && TypeName(v) == name }, func([]any, []KW) any {
			panic(New(TypeError, "cannot create '"+name+"' instances"))
		})
		c.Module = module
		otherTypes[key] = c
	}
	return c
}

func typeModule(x any) string {
	if m, ok := x.(TypeModuler); ok {
		return m.PyTypeModule()
	}
	return "builtins"
}

func noKw(name string, kw []KW) {
	if len(kw) > 0 {
		panic(New(TypeError, name+"() takes no keyword arguments"))
	}
}

// arityOld checks the argument count of a method parsed with PyArg_ParseTuple, whose
// wording differs from arity's: "find() takes at least 1 argument (0 given)".
func arityOld(name string, args []any, lo, hi int) {
	n := len(args)
	switch {
	case n < lo:
		panic(New(TypeError, name+"() takes at least "+itoa(lo)+" argument"+plural(lo)+" ("+itoa(n)+" given)"))
	case n > hi:
		panic(New(TypeError, name+"() takes at most "+itoa(hi)+" argument"+plural(hi)+" ("+itoa(n)+" given)"))
	}
}

// arity checks a builtin's positional argument count with CPython's wording.
func arity(name string, args []any, lo, hi int) {
	n := len(args)
	if n >= lo && n <= hi {
		return
	}
	switch {
	case lo == hi && lo == 0:
		panic(New(TypeError, name+"() takes no arguments ("+itoa(n)+" given)"))
	case lo == hi && lo == 1:
		panic(New(TypeError, name+"() takes exactly one argument ("+itoa(n)+" given)"))
	case n < lo:
		panic(New(TypeError, name+" expected at least "+itoa(lo)+" argument"+plural(lo)+", got "+itoa(n)))
	}
	panic(New(TypeError, name+" expected at most "+itoa(hi)+" argument"+plural(hi)+", got "+itoa(n)))
}
