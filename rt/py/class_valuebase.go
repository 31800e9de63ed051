package py

import "strings"

// Instances of classes deriving from a builtin value type (IntEnum and
// StrEnum members, (str, Enum) mixins, named tuples) carry that value in
// Instance.base. Where the class defines no special method of its own,
// the operators and protocols use the value, as CPython finds int's,
// str's or tuple's slot further along the MRO.

// baseOf is x's builtin value when x is such an instance, else x.
func baseOf(x any) any {
	if o, ok := x.(*Instance); ok && o.base != nil {
		return o.base
	}
	return x
}

func hasBase(x any) bool {
	o, ok := x.(*Instance)
	return ok && o.base != nil
}

// renameOperands is the error an operator on the builtin values raised,
// or, when it names their types, the same error naming the operands'
// classes (as CPython reports it).
func renameOperands(exc *Exception, prefix string, renamed *Exception) *Exception {
	if exc.Class == TypeError && len(exc.Args) == 1 {
		if msg, ok := exc.Args[0].(string); ok && strings.HasPrefix(msg, prefix) {
			return renamed
		}
	}
	return exc
}

// baseBinary applies the builtin operator op to the values of a and b.
func baseBinary(op string, a, b any) any {
	a, b = baseOf(a), baseOf(b)
	switch op {
	case "+":
		return Add(a, b)
	case "-":
		return Sub(a, b)
	case "*":
		return Mul(a, b)
	case "/":
		return TrueDiv(a, b)
	case "//":
		return FloorDiv(a, b)
	case "%":
		return Mod(a, b)
	case "** or pow()":
		return Pow(a, b)
	case "<<":
		return LShift(a, b)
	case ">>":
		return RShift(a, b)
	case "&":
		return BitAnd(a, b)
	case "|":
		return BitOr(a, b)
	case "^":
		return BitXor(a, b)
	case "divmod()":
		return Divmod(a, b)
	}
	panic(unsupported(op, a, b))
}

// baseUnary applies a unary special method's builtin form to x's value.
func baseUnary(name string, x any) (any, bool) {
	v := baseOf(x)
	switch name {
	case "__neg__":
		return Neg(v), true
	case "__pos__":
		return Pos(v), true
	case "__invert__":
		return Invert(v), true
	case "__abs__":
		return Abs(v), true
	}
	return nil, false
}

// subclassableBuiltin reports whether user classes may derive from the
// builtin value type vb (its instances then carry a vb value).
func subclassableBuiltin(vb *Class) bool {
	switch vb {
	case IntType, FloatType, StrType, TupleType, ListType, DictType:
		return true
	}
	return false
}

// newValueInstance is calling a class deriving from a builtin value type.
// An immutable value (int, float, str, tuple) is built from the call's
// arguments, as int.__new__ does; a list or dict starts empty and is
// filled by __init__ (the builtin's unless the class defines one).
func newValueInstance(c *Class, args []any, kw []KW) any {
	o := &Instance{Class: c}
	vb := c.valueBase
	init := c.userMethod("__init__")
	switch vb {
	case ListType, DictType:
		o.base = vb.construct(nil, nil)
		if init == nil {
			baseInit(o, args, kw)
			return o
		}
	default:
		o.base = vb.construct(args, kw)
		if init == nil {
			return o
		}
	}
	if r := callBound(init, o, args, kw...); r != nil {
		panic(New(TypeError, "__init__() should return None, not '"+TypeName(r)+"'"))
	}
	return o
}

// baseInit is list.__init__/dict.__init__ on an instance's value: it
// refills the value in place.
func baseInit(o *Instance, args []any, kw []KW) {
	switch b := o.base.(type) {
	case *List:
		b.Items = ListType.construct(args, kw).(*List).Items
	case *Dict:
		fresh := DictType.construct(args, kw).(*Dict)
		b.Clear()
		b.Update(fresh, nil)
	}
}

// baseAttr is super().name for a method of the builtin value type: the
// value's own method, or the operation behind a special method.
func baseAttr(o *Instance, name string) (any, bool) {
	b := o.base
	var fn func(args []any) any
	switch name {
	case "__init__":
		return NewBuiltin(name, func(args []any, kw []KW) any {
			if o.Class.valueBase == ListType || o.Class.valueBase == DictType {
				baseInit(o, args, kw)
			}
			return nil
		}), true
	case "__getitem__":
		fn = func(a []any) any {
			arity(name, a, 1, 1)
			if d, isDict := b.(*Dict); isDict {
				// dict.__getitem__ calls a subclass's __missing__.
				if missing := o.special("__missing__"); missing != nil {
					if v, ok := d.Get(a[0]); ok {
						return v
					}
					return callBound(missing, o, []any{a[0]})
				}
			}
			return GetItem(b, a[0])
		}
	case "__setitem__":
		fn = func(a []any) any { arity(name, a, 2, 2); SetItem(b, a[0], a[1]); return nil }
	case "__delitem__":
		fn = func(a []any) any { arity(name, a, 1, 1); DelItem(b, a[0]); return nil }
	case "__contains__":
		fn = func(a []any) any { arity(name, a, 1, 1); return Contains(b, a[0]) }
	case "__len__":
		fn = func(a []any) any { arity(name, a, 0, 0); return Len(b) }
	case "__iter__":
		fn = func(a []any) any { arity(name, a, 0, 0); return GetIter(b) }
	case "__repr__":
		fn = func(a []any) any { arity(name, a, 0, 0); return Repr(b) }
	case "__str__":
		fn = func(a []any) any { arity(name, a, 0, 0); return Str(b) }
	case "__hash__":
		fn = func(a []any) any { arity(name, a, 0, 0); return Hash(b) }
	case "__eq__":
		fn = func(a []any) any { arity(name, a, 1, 1); return Eq(b, baseOf(a[0])) }
	case "__format__":
		fn = func(a []any) any { arity(name, a, 1, 1); return Format(b, Str(a[0])) }
	default:
		return LookupAttr(b, name)
	}
	return NewBuiltin(name, func(args []any, kw []KW) any {
		noKw(name, kw)
		return fn(args)
	}), true
}
