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
