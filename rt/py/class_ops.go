package py

import (
	"iter"
	"math/bits"
)

// Special methods of user classes, called where CPython calls them. The
// operators in ops.go/compare.go/hash.go/iter.go reach these through the
// protocol interfaces *Instance implements (Sized, ItemGetter, Container,
// Iterable, Formatter...) or through one-line hooks for *Instance.

func (o *Instance) special(name string) any {
	if o.Class == ObjectType {
		return nil
	}
	return o.Class.userMethod(name)
}

// PyLen is len(obj): __len__.
func (o *Instance) PyLen() int {
	m := o.special("__len__")
	if m == nil && o.Class.enum != nil && o.Class.enum.flag {
		return bits.OnesCount(uint(flagInt(o)))
	}
	if m == nil && o.base != nil {
		return Len(o.base)
	}
	if m == nil {
		panic(New(TypeError, "object of type '"+o.Class.Name+"' has no len()"))
	}
	r := callBound(m, o, nil)
	n, ok := r.(int)
	if !ok {
		if b, isBool := r.(bool); isBool {
			return b2i(b)
		}
		panic(New(TypeError, "'"+TypeName(r)+"' object cannot be interpreted as an integer"))
	}
	if n < 0 {
		panic(New(ValueError, "__len__() should return >= 0"))
	}
	return n
}

// truth is bool(obj): __bool__, else __len__, else true.
func (o *Instance) truth() bool {
	if m := o.special("__bool__"); m != nil {
		r := callBound(m, o, nil)
		b, ok := r.(bool)
		if !ok {
			panic(New(TypeError, "__bool__ should return bool, returned "+TypeName(r)))
		}
		return b
	}
	if o.special("__len__") != nil {
		return o.PyLen() > 0
	}
	if o.Class.enum != nil && o.Class.enum.flag {
		v, _ := o.getField("_value_")
		return Truth(v)
	}
	if o.base != nil {
		return Truth(o.base)
	}
	return true
}

// PyGetItem is obj[key]: __getitem__.
func (o *Instance) PyGetItem(key any) any {
	m := o.special("__getitem__")
	if m == nil && o.base != nil {
		if d, isDict := o.base.(*Dict); isDict {
			if missing := o.special("__missing__"); missing != nil {
				if v, ok := d.Get(key); ok {
					return v
				}
				return callBound(missing, o, []any{key})
			}
		}
		return GetItem(o.base, key)
	}
	if m == nil {
		panic(New(TypeError, "'"+o.Class.Name+"' object is not subscriptable"))
	}
	return callBound(m, o, []any{key})
}

// PySetItem is obj[key] = v: __setitem__.
func (o *Instance) PySetItem(key, v any) {
	m := o.special("__setitem__")
	if m == nil && o.base != nil {
		SetItem(o.base, key, v)
		return
	}
	if m == nil {
		panic(New(TypeError, "'"+o.Class.Name+"' object does not support item assignment"))
	}
	callBound(m, o, []any{key, v})
}

// PyDelItem is del obj[key]: __delitem__.
func (o *Instance) PyDelItem(key any) {
	m := o.special("__delitem__")
	if m == nil && o.base != nil {
		DelItem(o.base, key)
		return
	}
	if m == nil {
		panic(New(AttributeError, "__delitem__"))
	}
	callBound(m, o, []any{key})
}

// PyContains is `item in obj`: __contains__, else iteration.
func (o *Instance) PyContains(item any) bool {
	if m := o.special("__contains__"); m != nil {
		return Truth(callBound(m, o, []any{item}))
	}
	if o.Class.enum != nil && o.Class.enum.flag {
		return flagContains(o, item)
	}
	if o.base != nil {
		return Contains(o.base, item)
	}
	if o.special("__iter__") == nil && o.special("__getitem__") == nil {
		panic(New(TypeError, "argument of type '"+o.Class.Name+"' is not iterable"))
	}
	for v := range o.PyIter() {
		if Is(v, item) || Eq(v, item) {
			return true
		}
	}
	return false
}

// PyIter iterates obj: __iter__, stepping the iterator it returns with
// __next__ until StopIteration.
func (o *Instance) PyIter() iter.Seq[any] {
	m := o.special("__iter__")
	if m == nil && o.Class.enum != nil && o.Class.enum.flag {
		return Iter(Tuple(flagMembers(o)))
	}
	if m == nil && o.base != nil {
		return Iter(o.base)
	}
	if m == nil {
		if gi := o.special("__getitem__"); gi != nil {
			return o.sequenceSteps(gi)
		}
		panic(New(TypeError, "'"+o.Class.Name+"' object is not iterable"))
	}
	it := callBound(m, o, nil)
	if obj, ok := it.(*Instance); ok {
		if obj.special("__next__") == nil {
			panic(New(TypeError, "iter() returned non-iterator of type '"+obj.Class.Name+"'"))
		}
		return obj.steps()
	}
	return Iter(it)
}

// iterObject is iter(o) for a class defining __iter__: the object it
// returns (checked to be an iterator), not a wrapper, so `iter(it) is it`
// holds. false: o has no __iter__ of its own (GetIter takes the other
// routes: __getitem__, a builtin base).
func (o *Instance) iterObject() (any, bool) {
	m := o.special("__iter__")
	if m == nil {
		return nil, false
	}
	it := callBound(m, o, nil)
	switch x := it.(type) {
	case *Instance:
		if x.special("__next__") == nil {
			panic(New(TypeError, "iter() returned non-iterator of type '"+x.Class.Name+"'"))
		}
	case *Generator, *Iterator:
	default:
		if _, ok := it.(interface{ PyNext() (any, bool) }); !ok {
			panic(New(TypeError, "iter() returned non-iterator of type '"+TypeName(it)+"'"))
		}
	}
	return it, true
}

// sequenceSteps is the old sequence protocol CPython's iter() falls back
// to for a class with __getitem__ but no __iter__: items 0, 1, 2, ...
// until IndexError (or StopIteration).
func (o *Instance) sequenceSteps(getitem any) iter.Seq[any] {
	return func(yield func(any) bool) {
		for i := 0; ; i++ {
			var v any
			if exc := Try(func() { v = callBound(getitem, o, []any{i}) }); exc != nil {
				if exc.Is(IndexError) || exc.Is(StopIteration) {
					return
				}
				panic(exc)
			}
			if !yield(v) {
				return
			}
		}
	}
}

func (o *Instance) steps() iter.Seq[any] {
	return func(yield func(any) bool) {
		for {
			v, ok := o.PyNext()
			if !ok || !yield(v) {
				return
			}
		}
	}
}

// PyNext is next(obj) for an iterator class: false once __next__ raises
// StopIteration.
func (o *Instance) PyNext() (any, bool) {
	m := o.special("__next__")
	if m == nil {
		panic(New(TypeError, "'"+o.Class.Name+"' object is not an iterator"))
	}
	var v any
	if exc := Try(func() { v = callBound(m, o, nil) }); exc != nil {
		if exc.Is(StopIteration) {
			return nil, false
		}
		panic(exc)
	}
	return v, true
}

// PyFormat is format(obj, spec): __format__.
func (o *Instance) PyFormat(spec string) string {
	if m := o.special("__format__"); m != nil {
		return reprResult(callBound(m, o, []any{spec}), "__format__")
	}
	if o.Class.enum != nil {
		return enumFormat(o, spec)
	}
	if o.base != nil {
		return Format(o.base, spec)
	}
	if spec != "" {
		panic(New(TypeError, "unsupported format string passed to "+o.Class.Name+".__format__"))
	}
	return o.PyStr()
}

// hash is hash(obj): __hash__, identity by default, TypeError when the
// class set __hash__ = None (it defines __eq__ without __hash__).
func (o *Instance) hash() int {
	if o.Class == ObjectType {
		return int(Addr(o) >> 4)
	}
	if o.special("__hash__") == nil {
		if o.base != nil {
			switch o.base.(type) {
			case *List, *Dict, *Set:
				panic(New(TypeError, "unhashable type: '"+o.Class.Name+"'"))
			}
			return Hash(o.base)
		}
		if o.Class.enum != nil {
			n, _ := o.getField("_name_")
			return Hash(n)
		}
	}
	m, _ := o.Class.lookup("__hash__")
	if m == nil {
		panic(New(TypeError, "unhashable type: '"+o.Class.Name+"'"))
	}
	if f, ok := m.(*Function); ok && f.unbound {
		return int(Addr(o) >> 4)
	}
	r := callBound(m, o, nil)
	switch h := r.(type) {
	case int:
		if h == -1 {
			return -2
		}
		return h
	case bool:
		return b2i(h)
	}
	panic(New(TypeError, "__hash__ method should return an integer"))
}

func isObj(x any) bool {
	_, ok := x.(*Instance)
	return ok
}

// trySpecial calls x.name(arg) when x is an instance whose class defines
// name; ok is false when it does not or when it returned NotImplemented.
func trySpecial(x any, name string, arg any) (any, bool) {
	o, ok := x.(*Instance)
	if !ok {
		return nil, false
	}
	m := o.special(name)
	if m == nil {
		return nil, false
	}
	r := callBound(m, o, []any{arg})
	if r == NotImplemented {
		return nil, false
	}
	return r, true
}

var reflectedCmp = map[string]string{"__eq__": "__eq__", "__ne__": "__ne__", "__lt__": "__gt__", "__gt__": "__lt__", "__le__": "__ge__", "__ge__": "__le__"}

// richCompare is a rich comparison with instances involved: a.__op__(b),
// then the reflection b.__rop__(a) (first when b's class is a proper
// subclass of a's).
func richCompare(name string, a, b any) (any, bool) {
	refl := reflectedCmp[name]
	if subclassFirst(a, b) {
		if r, ok := trySpecial(b, refl, a); ok {
			return r, true
		}
		return trySpecial(a, name, b)
	}
	if r, ok := trySpecial(a, name, b); ok {
		return r, true
	}
	return trySpecial(b, refl, a)
}

func subclassFirst(a, b any) bool {
	ta, tb := TypeOf(a), TypeOf(b)
	return ta != tb && tb.IsSubclass(ta)
}

// objEq is a == b when either side is an instance; ok false otherwise.
func objEq(a, b any) (result, ok bool) {
	if !isObj(a) && !isObj(b) {
		return false, false
	}
	if r, found := richCompare("__eq__", a, b); found {
		return Truth(r), true
	}
	if hasBase(a) || hasBase(b) {
		return Eq(baseOf(a), baseOf(b)), true
	}
	return a == b, true
}

// objNotEq is a != b when either side is an instance: __ne__, else the
// inverse of __eq__.
func objNotEq(a, b any) (result, ok bool) {
	if !isObj(a) && !isObj(b) {
		return false, false
	}
	if r, found := richCompare("__ne__", a, b); found {
		return Truth(r), true
	}
	if r, found := richCompare("__eq__", a, b); found {
		return !Truth(r), true
	}
	if hasBase(a) || hasBase(b) {
		return !Eq(baseOf(a), baseOf(b)), true
	}
	return a != b, true
}

var cmpNames = map[string]string{"<": "__lt__", "<=": "__le__", ">": "__gt__", ">=": "__ge__"}

// objCompare is an ordering comparison when either side is an instance.
func objCompare(op string, a, b any) (result, ok bool) {
	if !isObj(a) && !isObj(b) {
		return false, false
	}
	if r, found := richCompare(cmpNames[op], a, b); found {
		return Truth(r), true
	}
	if hasBase(a) || hasBase(b) {
		var r bool
		if exc := Try(func() { r = compare(op, baseOf(a), baseOf(b)) }); exc != nil {
			panic(renameOperands(exc, "'"+op+"' not supported", orderError(op, a, b)))
		}
		return r, true
	}
	panic(orderError(op, a, b))
}

var binaryNames = map[string][2]string{
	"+": {"__add__", "__radd__"}, "-": {"__sub__", "__rsub__"}, "*": {"__mul__", "__rmul__"},
	"/": {"__truediv__", "__rtruediv__"}, "//": {"__floordiv__", "__rfloordiv__"},
	"%": {"__mod__", "__rmod__"}, "** or pow()": {"__pow__", "__rpow__"},
	"<<": {"__lshift__", "__rlshift__"}, ">>": {"__rshift__", "__rrshift__"},
	"&": {"__and__", "__rand__"}, "|": {"__or__", "__ror__"}, "^": {"__xor__", "__rxor__"},
	"@": {"__matmul__", "__rmatmul__"}, "divmod()": {"__divmod__", "__rdivmod__"},
}

// objBinary is a binary operator with an instance operand: a.__op__(b),
// then b.__rop__(a) (first when b's class is a proper subclass of a's).
func objBinary(op string, a, b any) (any, bool) {
	if r, ok := counterBinary(op, a, b); ok {
		return r, true
	}
	if r, ok := bytesBinary(op, a, b); ok {
		return r, true
	}
	if !isObj(a) && !isObj(b) {
		return nil, false
	}
	names := binaryNames[op]
	if subclassFirst(a, b) {
		if r, ok := trySpecial(b, names[1], a); ok {
			return r, true
		}
		if r, ok := trySpecial(a, names[0], b); ok {
			return r, true
		}
	} else {
		if r, ok := trySpecial(a, names[0], b); ok {
			return r, true
		}
		if r, ok := trySpecial(b, names[1], a); ok {
			return r, true
		}
	}
	if r, ok := flagBinary(op, a, b); ok {
		return r, true
	}
	if hasBase(a) || hasBase(b) {
		var r any
		if exc := Try(func() { r = baseBinary(op, a, b) }); exc != nil {
			panic(renameOperands(exc, "unsupported operand", New(TypeError, "unsupported operand type(s) for "+op+": '"+TypeName(a)+"' and '"+TypeName(b)+"'")))
		}
		return r, true
	}
	if msg := seqFallbackError(op, a, b); msg != "" {
		panic(New(TypeError, msg))
	}
	panic(unsupported(op, a, b))
}

// seqFallbackError is the message of CPython's sequence slots when the
// number slots gave up: + tries the left operand's concatenation, *
// either side's repetition (an instance has no __index__ here).
func seqFallbackError(op string, a, b any) string {
	seqName := func(x any) string {
		switch x.(type) {
		case string:
			return "str"
		case *List:
			return "list"
		case Tuple:
			return "tuple"
		}
		return ""
	}
	switch op {
	case "+":
		if n := seqName(a); n != "" {
			return "can only concatenate " + n + ` (not "` + TypeName(b) + `") to ` + n
		}
	case "*":
		if seqName(a) != "" {
			return "can't multiply sequence by non-int of type '" + TypeName(b) + "'"
		}
		if seqName(b) != "" {
			return "can't multiply sequence by non-int of type '" + TypeName(a) + "'"
		}
	}
	return ""
}

var inplaceNames = map[string]string{
	"+": "__iadd__", "-": "__isub__", "*": "__imul__", "/": "__itruediv__", "//": "__ifloordiv__",
	"%": "__imod__", "** or pow()": "__ipow__", "<<": "__ilshift__", ">>": "__irshift__",
	"&": "__iand__", "|": "__ior__", "^": "__ixor__", "@": "__imatmul__",
}

// objInplace is a op= b for an instance a that defines __iop__; false
// means the plain operator applies.
func objInplace(op string, a, b any) (any, bool) {
	if r, ok := counterInplace(op, a, b); ok {
		return r, true
	}
	if r, ok := bytesInplace(op, a, b); ok {
		return r, true
	}
	return trySpecial(a, inplaceNames[op], b)
}

// objUnary is -a, +a, ~a, abs(a) for an instance.
func objUnary(name string, a any) (any, bool) {
	if r, ok := counterUnary(name, a); ok {
		return r, true
	}
	o, ok := a.(*Instance)
	if !ok {
		return nil, false
	}
	m := o.special(name)
	if m == nil {
		if name == "__invert__" && o.Class.enum != nil && o.Class.enum.flag {
			return flagInvert(o), true
		}
		if o.base != nil {
			return baseUnary(name, o)
		}
		return nil, false
	}
	return callBound(m, o, nil), true
}
