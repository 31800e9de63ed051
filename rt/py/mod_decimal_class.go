package py

import (
	"math/big"
	"sync"
)

// DecimalType is decimal.Decimal, a builtin class whose instances hold a
// decVal (mod_decimal.go).
var DecimalType *Class

func newDecimal(v decVal) *Instance { return dtNew(DecimalType, v) }

// asDec is a Decimal's value.
func asDec(x any) (decVal, bool) {
	v, ok := dtVal(x).(decVal)
	return v, ok
}

// decTupleType is decimal.DecimalTuple, made on first use.
var decTupleType = sync.OnceValue(func() any {
	return CollectionsNamedtuple("DecimalTuple", "sign digits exponent", false, nil, "decimal")
})

// decOperate runs fn under the current context and raises what it
// signalled.
func decOperate(fn func(o *decOp) decVal) any {
	o := decCurrent().op()
	r := fn(o)
	o.done()
	return newDecimal(r)
}

// decCompareOther is convert_op_cmp: ints and Decimals exactly, floats
// exactly with FloatOperation signalled for an ordering; ok is false
// for the types that make the comparison NotImplemented.
func decCompareOther(other any, ordering bool) (decVal, bool) {
	if v, ok := decConvert(other); ok {
		return v, true
	}
	switch f := other.(type) {
	case float64:
		// An ordering signals FloatOperation; == and != only set the flag.
		ctx := decCurrent()
		if ordering {
			o := ctx.op()
			o.status |= condFloatOperation
			o.done()
		} else {
			ctx.flags |= condFloatOperation
		}
		return decFromFloat(f), true
	}
	if _, ok := asFrac(other); ok {
		Unsupported("comparing a decimal.Decimal with a fractions.Fraction")
	}
	return decVal{}, false
}

// decRoundingArg is a rounding= argument (None: the context's).
func decRoundingArg(x any, ctx *DecContext) string {
	if x == nil {
		return ctx.rounding
	}
	return decRounding(x)
}

// decContextArg is a context= argument (None: the current context).
func decContextArg(x any) *DecContext {
	if x == nil {
		return decCurrent()
	}
	c, ok := x.(*DecContext)
	if !ok {
		panic(New(TypeError, "optional argument must be a context"))
	}
	return c
}

// decToIntegerChecked is the NaN and infinity check of int(), round()
// and math.floor/ceil/trunc.
func decToIntegerChecked(d decVal) {
	if d.isNaN() != 0 {
		panic(New(ValueError, "cannot convert NaN to integer"))
	}
	if d.isInf() {
		panic(New(OverflowError, "cannot convert Infinity to integer"))
	}
}

// decUnsupportedMethods are Decimal methods CPython has that this port
// leaves out; calling one stops the program (py.Unsupported).
var decUnsupportedMethods = []string{"exp", "ln", "log10", "logb", "fma", "logical_and", "logical_or",
	"logical_xor", "logical_invert", "next_minus", "next_plus", "next_toward", "number_class", "rotate",
	"scaleb", "shift", "remainder_near", "compare_signal", "compare_total", "compare_total_mag", "max_mag",
	"min_mag", "is_normal", "is_subnormal", "is_canonical", "canonical", "radix", "to_integral_exact",
	"__complex__", "__reduce__"}

func initDecimal() {
	m := newDtMethods("decimal.Decimal")
	self := func(s any) decVal { v, _ := asDec(s); return v }
	m.method("__init__", func(s any, args []any, kw []KW) any {
		a := dtBind("Decimal", args, kw, []string{"value", "context"}, 0, 2)
		ctx := decContextArg(a[1])
		given := len(args) > 0
		for _, k := range kw {
			given = given || k.Name == "value"
		}
		var v decVal
		if !given { // Decimal(None) is a TypeError, Decimal() zero
			v = decZero
		} else {
			o := ctx.op()
			v = o.construct(a[0])
			o.done()
		}
		s.(*Instance).setField(dtSlot, v)
		return nil
	})
	m.classMethod("from_float", func(cls *Class, args []any, kw []KW) any {
		arity("from_float", args, 1, 1)
		switch f := args[0].(type) {
		case float64:
			return newDecimal(decFromFloat(f))
		case bool, int, *big.Int:
			return newDecimal(decFromInt(f))
		}
		panic(New(TypeError, "argument must be int or float"))
	})
	m.method("__repr__", func(s any, args []any, kw []KW) any {
		return "Decimal('" + self(s).str(false, decCurrent().capitals) + "')"
	})
	m.method("__str__", func(s any, args []any, kw []KW) any {
		return self(s).str(false, decCurrent().capitals)
	})
	m.method("to_eng_string", func(s any, args []any, kw []KW) any {
		a := dtBind("to_eng_string", args, kw, []string{"context"}, 0, 1)
		return self(s).str(true, decContextArg(a[0]).capitals)
	})
	m.method("__format__", func(s any, args []any, kw []KW) any {
		arity("__format__", args, 1, 1)
		spec, ok := args[0].(string)
		if !ok {
			panic(New(TypeError, "format arg must be str"))
		}
		return decFormat(self(s), spec, decCurrent())
	})
	m.method("__hash__", func(s any, args []any, kw []KW) any {
		v := self(s)
		switch v.isNaN() {
		case 2:
			panic(New(TypeError, "Cannot hash a signaling NaN value"))
		case 1:
			return int(Addr(s) >> 4)
		}
		return v.hash()
	})
	m.method("__bool__", func(s any, args []any, kw []KW) any { return self(s).truth() })
	m.method("__float__", func(s any, args []any, kw []KW) any { return self(s).toFloat() })
	toInt := func(s any, args []any, kw []KW) any {
		v := self(s)
		decToIntegerChecked(v)
		return normBig(v.toInt())
	}
	m.method("__int__", toInt)
	m.method("__trunc__", toInt)
	roundTo := func(mode string) func(s any, args []any, kw []KW) any {
		return func(s any, args []any, kw []KW) any {
			v := self(s)
			decToIntegerChecked(v)
			return normBig(v.rescale(0, mode).toInt())
		}
	}
	m.method("__floor__", roundTo(RoundFloor))
	m.method("__ceil__", roundTo(RoundCeiling))
	m.method("__round__", func(s any, args []any, kw []KW) any {
		a := dtBind("__round__", args, kw, []string{"ndigits"}, 0, 1)
		if a[0] == nil {
			return roundTo(RoundHalfEven)(s, nil, nil)
		}
		switch a[0].(type) {
		case int, bool, *big.Int:
		default:
			panic(New(TypeError, "optional arg must be an integer"))
		}
		n := toNum(a[0]).big()
		if !n.IsInt64() || n.Int64() > decMaxEmax || n.Int64() < -decMaxEmax {
			return decOperate(func(o *decOp) decVal { return o.raise(condInvalidOperation) })
		}
		return decOperate(func(o *decOp) decVal {
			return o.quantize(self(s), fromTriple(0, "1", -int(n.Int64())), o.rounding)
		})
	})
	m.method("__pos__", func(s any, args []any, kw []KW) any {
		return decOperate(func(o *decOp) decVal { return o.plus(self(s)) })
	})
	m.method("__neg__", func(s any, args []any, kw []KW) any {
		return decOperate(func(o *decOp) decVal { return o.neg(self(s)) })
	})
	m.method("__abs__", func(s any, args []any, kw []KW) any {
		return decOperate(func(o *decOp) decVal { return o.abs(self(s)) })
	})
	m.method("__eq__", func(s any, args []any, kw []KW) any {
		arity("__eq__", args, 1, 1)
		other, ok := decCompareOther(args[0], false)
		if !ok {
			return NotImplemented
		}
		a := self(s)
		if a.isNaN() != 0 || other.isNaN() != 0 {
			o := decCurrent().op()
			if a.isNaN() == 2 || other.isNaN() == 2 {
				o.status |= condInvalidOperation
			}
			o.done()
			return false
		}
		return a.cmp(other) == 0
	})
	for name, test := range map[string]func(int) bool{
		"__lt__": func(c int) bool { return c < 0 }, "__le__": func(c int) bool { return c <= 0 },
		"__gt__": func(c int) bool { return c > 0 }, "__ge__": func(c int) bool { return c >= 0 },
	} {
		test := test
		m.binary(name, func(s, x any) any {
			other, ok := decCompareOther(x, true)
			if !ok {
				return NotImplemented
			}
			a := self(s)
			if a.isNaN() != 0 || other.isNaN() != 0 {
				o := decCurrent().op()
				o.status |= condInvalidOperation
				o.done()
				return false
			}
			return test(a.cmp(other))
		})
	}
	binOps := []struct {
		name string
		fn   func(o *decOp, a, b decVal) decVal
	}{
		{"add", (*decOp).add}, {"sub", (*decOp).sub}, {"mul", (*decOp).mul},
		{"truediv", (*decOp).truediv}, {"floordiv", (*decOp).floordiv}, {"mod", (*decOp).mod},
		{"pow", (*decOp).pow},
	}
	for _, op := range binOps {
		op := op
		m.binary("__"+op.name+"__", func(s, x any) any {
			other, ok := decConvert(x)
			if !ok {
				return NotImplemented
			}
			return decOperate(func(o *decOp) decVal { return op.fn(o, self(s), other) })
		})
		m.binary("__r"+op.name+"__", func(s, x any) any {
			other, ok := decConvert(x)
			if !ok {
				return NotImplemented
			}
			return decOperate(func(o *decOp) decVal { return op.fn(o, other, self(s)) })
		})
	}
	divmod := func(a, b decVal) any {
		o := decCurrent().op()
		q, r := o.divmod(a, b)
		o.done()
		return Tuple{newDecimal(q), newDecimal(r)}
	}
	m.binary("__divmod__", func(s, x any) any {
		other, ok := decConvert(x)
		if !ok {
			return NotImplemented
		}
		return divmod(self(s), other)
	})
	m.binary("__rdivmod__", func(s, x any) any {
		other, ok := decConvert(x)
		if !ok {
			return NotImplemented
		}
		return divmod(other, self(s))
	})
	m.prop("real", func(s any) any { return s })
	m.prop("imag", func(s any) any { return newDecimal(decZero) })
	m.method("conjugate", func(s any, args []any, kw []KW) any { arity("conjugate", args, 0, 0); return s })
	m.method("__copy__", func(s any, args []any, kw []KW) any { return s })
	m.method("__deepcopy__", func(s any, args []any, kw []KW) any { return s })
	m.method("as_tuple", func(s any, args []any, kw []KW) any {
		arity("as_tuple", args, 0, 0)
		sign, digits, exp := self(s).tuple()
		return Call(decTupleType(), []any{sign, digits, exp}, nil)
	})
	m.method("as_integer_ratio", func(s any, args []any, kw []KW) any {
		arity("as_integer_ratio", args, 0, 0)
		v := self(s)
		if v.isNaN() != 0 {
			panic(New(ValueError, "cannot convert NaN to integer ratio"))
		}
		if v.isInf() {
			panic(New(OverflowError, "cannot convert Infinity to integer ratio"))
		}
		n, d := v.asIntegerRatio()
		return Tuple{normBig(n), normBig(d)}
	})
	m.method("adjusted", func(s any, args []any, kw []KW) any { arity("adjusted", args, 0, 0); return self(s).adjusted() })
	predicate := func(name string, fn func(d decVal) bool) {
		m.method(name, func(s any, args []any, kw []KW) any { arity(name, args, 0, 0); return fn(self(s)) })
	}
	predicate("is_zero", decVal.isZero)
	predicate("is_nan", func(d decVal) bool { return d.isNaN() != 0 })
	predicate("is_qnan", func(d decVal) bool { return d.isNaN() == 1 })
	predicate("is_snan", func(d decVal) bool { return d.isNaN() == 2 })
	predicate("is_infinite", decVal.isInf)
	predicate("is_finite", func(d decVal) bool { return !d.isSpecial() })
	predicate("is_signed", func(d decVal) bool { return d.sign == 1 })
	m.method("copy_abs", func(s any, args []any, kw []KW) any {
		arity("copy_abs", args, 0, 0)
		return newDecimal(self(s).copyAbs())
	})
	m.method("copy_negate", func(s any, args []any, kw []KW) any {
		arity("copy_negate", args, 0, 0)
		return newDecimal(self(s).copyNegate())
	})
	// The methods taking (other, context=None).
	withOther := func(name string, fn func(o *decOp, a, b decVal) decVal) {
		m.method(name, func(s any, args []any, kw []KW) any {
			a := dtBind(name, args, kw, []string{"other", "context"}, 1, 2)
			o := decContextArg(a[1]).op()
			r := fn(o, self(s), o.convert(a[0], true))
			o.done()
			return newDecimal(r)
		})
	}
	withOther("compare", (*decOp).compare)
	withOther("max", func(o *decOp, a, b decVal) decVal { return o.maxMin(a, b, true) })
	withOther("min", func(o *decOp, a, b decVal) decVal { return o.maxMin(a, b, false) })
	withOther("copy_sign", func(o *decOp, a, b decVal) decVal { a.sign = b.sign; return a })
	m.method("same_quantum", func(s any, args []any, kw []KW) any {
		a := dtBind("same_quantum", args, kw, []string{"other", "context"}, 1, 2)
		x, y := self(s), decCurrent().op().convert(a[0], true)
		if x.isSpecial() || y.isSpecial() {
			return x.isNaN() != 0 && y.isNaN() != 0 || x.isInf() && y.isInf()
		}
		return x.exp == y.exp
	})
	// The methods taking (context=None).
	withContext := func(name string, fn func(o *decOp, a decVal) decVal) {
		m.method(name, func(s any, args []any, kw []KW) any {
			a := dtBind(name, args, kw, []string{"context"}, 0, 1)
			o := decContextArg(a[0]).op()
			r := fn(o, self(s))
			o.done()
			return newDecimal(r)
		})
	}
	withContext("normalize", (*decOp).normalize)
	withContext("sqrt", (*decOp).sqrt)
	m.method("quantize", func(s any, args []any, kw []KW) any {
		a := dtBind("quantize", args, kw, []string{"exp", "rounding", "context"}, 1, 3)
		ctx := decContextArg(a[2])
		rounding := decRoundingArg(a[1], ctx)
		o := ctx.op()
		r := o.quantize(self(s), o.convert(a[0], true), rounding)
		o.done()
		return newDecimal(r)
	})
	toIntegral := func(name string) {
		m.method(name, func(s any, args []any, kw []KW) any {
			a := dtBind(name, args, kw, []string{"rounding", "context"}, 0, 2)
			ctx := decContextArg(a[1])
			rounding := decRoundingArg(a[0], ctx)
			o := ctx.op()
			r := o.toIntegralValue(self(s), rounding)
			o.done()
			return newDecimal(r)
		})
	}
	toIntegral("to_integral_value")
	toIntegral("to_integral")
	for _, name := range decUnsupportedMethods {
		name := name
		m.method(name, func(s any, args []any, kw []KW) any {
			Unsupported("decimal.Decimal." + name + "()")
			return nil
		})
	}
	DecimalType = makeBuiltinClass("decimal", "decimal.Decimal", nil, m)
	dtTypeNames[DecimalType] = DecimalType.QualName
}

func init() { initDecimal() }
