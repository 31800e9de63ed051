package py

import (
	"math"
	"math/big"
	"strings"
	"sync"
)

// The fractions module: Fraction as Lib/fractions.py of CPython 3.11
// defines it (construction from ints, Fractions, floats and strings,
// _operator_fallbacks' mixed arithmetic, _richcmp, the hash that equals
// int's and float's for equal values, limit_denominator, round), as a
// builtin class of the one class model (mod_datetime.go's makeBuiltinClass)
// whose instances hold a fracVal. Values are kept in lowest terms with a
// positive denominator, as fractions.py's algorithms leave them; where a
// message shows an intermediate numerator (Fraction(n, 0)), it is computed
// the way fractions.py computes it.

// FractionType is fractions.Fraction.
var FractionType *Class

type fracVal struct{ n, d *big.Int }

var bigOne = big.NewInt(1)

func newFraction(n, d *big.Int) *Instance { return dtNew(FractionType, fracVal{n, d}) }

// asFrac is a Fraction's value.
func asFrac(x any) (fracVal, bool) {
	v, ok := dtVal(x).(fracVal)
	return v, ok
}

// asRational is x as numerator and denominator when it is a
// numbers.Rational (int, bool or Fraction).
func asRational(x any) (fracVal, bool) {
	switch x.(type) {
	case bool, int, *big.Int:
		return fracVal{toNum(x).big(), bigOne}, true
	}
	return asFrac(x)
}

// makeFraction is Fraction(n, d) for ints: the zero check with the
// numerator as given, then lowest terms with the sign on the numerator.
func makeFraction(n, d *big.Int) fracVal {
	if d.Sign() == 0 {
		panic(New(ZeroDivisionError, "Fraction("+n.String()+", 0)"))
	}
	g := new(big.Int).GCD(nil, nil, new(big.Int).Abs(n), new(big.Int).Abs(d))
	if d.Sign() < 0 {
		g.Neg(g)
	}
	return fracVal{new(big.Int).Quo(n, g), new(big.Int).Quo(d, g)}
}

func (f fracVal) rat() *big.Rat { return new(big.Rat).SetFrac(f.n, f.d) }

// float is Rational.__float__: numerator / denominator, int true division.
func (f fracVal) float() any { return TrueDiv(normBig(f.n), normBig(f.d)) }

func mulBig(a, b *big.Int) *big.Int { return new(big.Int).Mul(a, b) }

// fractionRE is _RATIONAL_FORMAT (its decimal group's "d*" is 3.11's).
var fractionRE = sync.OnceValue(func() *RePattern {
	return compileRePattern(`
    \A\s*                                 # optional whitespace at the start,
    (?P<sign>[-+]?)                       # an optional sign, then
    (?=\d|\.\d)                           # lookahead for digit or .digit
    (?P<num>\d*|\d+(_\d+)*)               # numerator (possibly empty)
    (?:                                   # followed by
       (?:/(?P<denom>\d+(_\d+)*))?        # an optional denominator
    |                                     # or
       (?:\.(?P<decimal>d*|\d+(_\d+)*))?  # an optional fractional part
       (?:E(?P<exp>[-+]?\d+(_\d+)*))?     # and optional exponent
    )
    \s*\Z                                 # and optional whitespace to finish
`, reVerbose|reIgnoreCase)
})

// parseFraction is Fraction.__new__'s string case.
func parseFraction(s string) (n, d *big.Int) {
	m, ok := fractionRE().match(s, 0, math.MaxInt, reModeMatch).(*ReMatchObj)
	if !ok {
		panic(New(ValueError, "Invalid literal for Fraction: "+Repr(s)))
	}
	group := func(name string) string {
		g, _ := m.PyGetItem(name).(string)
		return g
	}
	atoi := func(s string) *big.Int {
		s = strings.ReplaceAll(s, "_", "")
		b, ok := new(big.Int).SetString(s, 10)
		if !ok { // the decimal group's "d*" lets letters through
			panic(New(ValueError, "invalid literal for int() with base 10: "+Repr(s)))
		}
		return b
	}
	n = big.NewInt(0)
	if num := group("num"); num != "" {
		n = atoi(num)
	}
	if denom := group("denom"); denom != "" {
		d = atoi(denom)
	} else {
		d = big.NewInt(1)
		if dec := group("decimal"); dec != "" {
			digits := strings.ReplaceAll(dec, "_", "")
			scale := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(len(digits))), nil)
			n = new(big.Int).Add(mulBig(n, scale), atoi(digits))
			d = mulBig(d, scale)
		}
		if e := group("exp"); e != "" {
			exp := atoi(e)
			if exp.Sign() >= 0 {
				n = mulBig(n, new(big.Int).Exp(big.NewInt(10), exp, nil))
			} else {
				d = mulBig(d, new(big.Int).Exp(big.NewInt(10), new(big.Int).Neg(exp), nil))
			}
		}
	}
	if group("sign") == "-" {
		n = new(big.Int).Neg(n)
	}
	return n, d
}

// fractionInit is Fraction.__new__(cls, numerator=0, denominator=None).
func fractionInit(self any, args []any, kw []KW) any {
	a := dtBind("Fraction", args, kw, []string{"numerator", "denominator"}, 0, 2)
	num, den := a[0], a[1]
	if num == nil {
		num = 0
	}
	var n, d *big.Int
	if den == nil {
		if r, ok := asRational(num); ok {
			self.(*Instance).setField(dtSlot, r)
			return nil
		}
		switch v := num.(type) {
		case float64:
			n, d = floatRatio(v)
			self.(*Instance).setField(dtSlot, fracVal{n, d})
			return nil
		case string:
			n, d = parseFraction(v)
		default:
			panic(New(TypeError, "argument should be a string or a Rational instance"))
		}
	} else {
		x, ok1 := asRational(num)
		y, ok2 := asRational(den)
		if !ok1 || !ok2 {
			panic(New(TypeError, "both arguments should be Rational instances"))
		}
		n, d = mulBig(x.n, y.d), mulBig(y.n, x.d)
	}
	self.(*Instance).setField(dtSlot, makeFraction(n, d))
	return nil
}

// The monomorphic operators of fractions.py, on two rationals.

func fracAdd(a, b fracVal) any {
	return newFraction2(new(big.Rat).Add(a.rat(), b.rat()))
}

func fracSub(a, b fracVal) any {
	return newFraction2(new(big.Rat).Sub(a.rat(), b.rat()))
}

func fracMul(a, b fracVal) any {
	return newFraction2(new(big.Rat).Mul(a.rat(), b.rat()))
}

// fracDiv is _div; dividing by zero reports the numerator _div built.
func fracDiv(a, b fracVal) any {
	if b.n.Sign() == 0 {
		na := new(big.Int).Set(a.n)
		if g := new(big.Int).GCD(nil, nil, new(big.Int).Abs(a.n), big.NewInt(0)); g.Cmp(bigOne) > 0 {
			na.Quo(na, g)
		}
		panic(New(ZeroDivisionError, "Fraction("+mulBig(na, b.d).String()+", 0)"))
	}
	return newFraction2(new(big.Rat).Quo(a.rat(), b.rat()))
}

func fracFloorDiv(a, b fracVal) any {
	d := mulBig(a.d, b.n)
	if d.Sign() == 0 {
		panic(New(ZeroDivisionError, "integer division or modulo by zero"))
	}
	return normBig(floorDivBig(mulBig(a.n, b.d), d))
}

// fracModParts is divmod(a.n*b.d, a.d*b.n) and the modulus's denominator.
func fracModParts(a, b fracVal, msg string) (q, r, den *big.Int) {
	d := mulBig(a.d, b.n)
	if d.Sign() == 0 {
		panic(New(ZeroDivisionError, msg))
	}
	n := mulBig(a.n, b.d)
	q = floorDivBig(n, d)
	return q, new(big.Int).Sub(n, mulBig(q, d)), mulBig(a.d, b.d)
}

func fracMod(a, b fracVal) any {
	_, r, den := fracModParts(a, b, "integer modulo by zero")
	return newFraction3(makeFraction(r, den))
}

func fracDivmod(a, b fracVal) any {
	q, r, den := fracModParts(a, b, "integer division or modulo by zero")
	return Tuple{normBig(q), newFraction3(makeFraction(r, den))}
}

func newFraction2(r *big.Rat) any {
	return newFraction(new(big.Int).Set(r.Num()), new(big.Int).Set(r.Denom()))
}

func newFraction3(f fracVal) any { return newFraction(f.n, f.d) }

// fracPow is Fraction ** b.
func fracPow(a fracVal, b any) any {
	r, ok := asRational(b)
	if !ok {
		return Pow(a.float(), b)
	}
	if r.d.Cmp(bigOne) != 0 {
		return Pow(a.float(), r.float())
	}
	p := r.n
	switch {
	case p.Sign() >= 0:
		return newFraction(new(big.Int).Exp(a.n, p, nil), new(big.Int).Exp(a.d, p, nil))
	case a.n.Sign() == 0:
		panic(New(ZeroDivisionError, "Fraction("+new(big.Int).Exp(a.d, new(big.Int).Neg(p), nil).String()+", 0)"))
	}
	q := new(big.Int).Neg(p)
	n, d := new(big.Int).Exp(a.d, q, nil), new(big.Int).Exp(a.n, q, nil)
	if d.Sign() < 0 {
		n.Neg(n)
		d.Neg(d)
	}
	return newFraction(n, d)
}

// fracCompare is _richcmp's result for op, or NotImplemented.
func fracCompare(a fracVal, other any, op string) any {
	var c int
	if r, ok := asRational(other); ok {
		c = mulBig(a.n, r.d).Cmp(mulBig(a.d, r.n))
	} else if f, ok := other.(float64); ok {
		if math.IsNaN(f) || math.IsInf(f, 0) {
			return compare(op, 0.0, f)
		}
		c = a.rat().Cmp(new(big.Rat).SetFloat64(f))
	} else {
		return NotImplemented
	}
	switch op {
	case "<":
		return c < 0
	case "<=":
		return c <= 0
	case ">":
		return c > 0
	}
	return c >= 0
}

// fracHash is Fraction.__hash__: |n| times the inverse of d modulo the
// hash modulus, so equal ints and floats hash alike.
func fracHash(a fracVal) int {
	var h int64
	dinv := new(big.Int).ModInverse(a.d, bigModulus)
	if dinv == nil {
		h = hashInf
	} else {
		x := new(big.Int).Mod(new(big.Int).Abs(a.n), bigModulus)
		h = x.Mul(x, dinv).Mod(x, bigModulus).Int64()
	}
	if a.n.Sign() < 0 {
		h = -h
	}
	if h == -1 {
		h = -2
	}
	return int(h)
}

// fracRound is Fraction.__round__() to an int, halves to even.
func fracRound(a fracVal) *big.Int {
	floor, rem := new(big.Int).DivMod(a.n, a.d, new(big.Int))
	switch c := new(big.Int).Lsh(rem, 1).Cmp(a.d); {
	case c < 0:
		return floor
	case c > 0 || floor.Bit(0) == 1:
		return floor.Add(floor, bigOne)
	}
	return floor
}

// fracLimit is limit_denominator's continued-fraction search.
func fracLimit(a fracVal, maxDen *big.Int) any {
	if a.d.Cmp(maxDen) <= 0 {
		return newFraction3(a)
	}
	p0, q0, p1, q1 := big.NewInt(0), big.NewInt(1), big.NewInt(1), big.NewInt(0)
	n, d := new(big.Int).Set(a.n), new(big.Int).Set(a.d)
	for {
		k := floorDivBig(n, d)
		q2 := new(big.Int).Add(q0, mulBig(k, q1))
		if q2.Cmp(maxDen) > 0 {
			break
		}
		p0, q0, p1, q1 = p1, q1, new(big.Int).Add(p0, mulBig(k, p1)), q2
		n, d = d, new(big.Int).Sub(n, mulBig(k, d))
	}
	k := floorDivBig(new(big.Int).Sub(maxDen, q0), q1)
	bound1 := makeFraction(new(big.Int).Add(p0, mulBig(k, p1)), new(big.Int).Add(q0, mulBig(k, q1)))
	bound2 := makeFraction(p1, q1)
	self := a.rat()
	dist := func(b fracVal) *big.Rat { return new(big.Rat).Abs(new(big.Rat).Sub(b.rat(), self)) }
	if dist(bound2).Cmp(dist(bound1)) <= 0 {
		return newFraction3(bound2)
	}
	return newFraction3(bound1)
}

func fracTrunc(a fracVal) any { return normBig(new(big.Int).Quo(a.n, a.d)) }

func initFractions() {
	m := newDtMethods("Fraction")
	m.method("__init__", fractionInit)
	self := func(s any) fracVal { v, _ := asFrac(s); return v }
	m.prop("numerator", func(s any) any { return normBig(self(s).n) })
	m.prop("denominator", func(s any) any { return normBig(self(s).d) })
	m.prop("real", func(s any) any { return s })
	m.prop("imag", func(s any) any { return 0 })
	m.method("conjugate", func(s any, args []any, kw []KW) any { arity("conjugate", args, 0, 0); return s })
	m.method("__repr__", func(s any, args []any, kw []KW) any {
		v := self(s)
		return "Fraction(" + v.n.String() + ", " + v.d.String() + ")"
	})
	m.method("__str__", func(s any, args []any, kw []KW) any {
		v := self(s)
		if v.d.Cmp(bigOne) == 0 {
			return v.n.String()
		}
		return v.n.String() + "/" + v.d.String()
	})
	m.method("__hash__", func(s any, args []any, kw []KW) any { return fracHash(self(s)) })
	m.method("__bool__", func(s any, args []any, kw []KW) any { return self(s).n.Sign() != 0 })
	m.method("__float__", func(s any, args []any, kw []KW) any { return self(s).float() })
	m.method("__int__", func(s any, args []any, kw []KW) any { return fracTrunc(self(s)) })
	m.method("__trunc__", func(s any, args []any, kw []KW) any { return fracTrunc(self(s)) })
	m.method("__floor__", func(s any, args []any, kw []KW) any {
		v := self(s)
		return normBig(floorDivBig(v.n, v.d))
	})
	m.method("__ceil__", func(s any, args []any, kw []KW) any {
		v := self(s)
		q := floorDivBig(new(big.Int).Neg(v.n), v.d)
		return normBig(q.Neg(q))
	})
	m.method("__round__", func(s any, args []any, kw []KW) any {
		a := dtBind("__round__", args, kw, []string{"ndigits"}, 0, 1)
		v := self(s)
		if a[0] == nil {
			return normBig(fracRound(v))
		}
		nd := toNum(a[0]).big()
		shift := new(big.Int).Exp(big.NewInt(10), new(big.Int).Abs(nd), nil)
		if nd.Sign() > 0 {
			return newFraction3(makeFraction(fracRound(fracVal{mulBig(v.n, shift), v.d}), shift))
		}
		r := fracRound(makeFraction(v.n, mulBig(v.d, shift)))
		return newFraction(r.Mul(r, shift), big.NewInt(1))
	})
	m.method("__pos__", func(s any, args []any, kw []KW) any { return newFraction3(self(s)) })
	m.method("__neg__", func(s any, args []any, kw []KW) any {
		v := self(s)
		return newFraction(new(big.Int).Neg(v.n), v.d)
	})
	m.method("__abs__", func(s any, args []any, kw []KW) any {
		v := self(s)
		return newFraction(new(big.Int).Abs(v.n), v.d)
	})
	m.method("as_integer_ratio", func(s any, args []any, kw []KW) any {
		arity("as_integer_ratio", args, 0, 0)
		v := self(s)
		return Tuple{normBig(v.n), normBig(v.d)}
	})
	m.method("limit_denominator", func(s any, args []any, kw []KW) any {
		a := dtBind("limit_denominator", args, kw, []string{"max_denominator"}, 0, 1)
		max := any(1000000)
		if a[0] != nil {
			max = a[0]
		}
		if Lt(max, 1) {
			panic(New(ValueError, "max_denominator should be at least 1"))
		}
		return fracLimit(self(s), toNum(max).big())
	})
	m.classMethod("from_float", func(cls *Class, args []any, kw []KW) any {
		arity("from_float", args, 1, 1)
		switch f := args[0].(type) {
		case bool, int, *big.Int:
			r, _ := asRational(f)
			return newFraction3(r)
		case float64:
			n, d := floatRatio(f)
			return newFraction(n, d)
		}
		panic(New(TypeError, "Fraction.from_float() only takes floats, not "+Repr(args[0])+" ("+TypeName(args[0])+")"))
	})
	m.method("__eq__", func(s any, args []any, kw []KW) any {
		arity("__eq__", args, 1, 1)
		v := self(s)
		if r, ok := asRational(args[0]); ok {
			return v.n.Cmp(r.n) == 0 && v.d.Cmp(r.d) == 0
		}
		if f, ok := args[0].(float64); ok {
			if math.IsNaN(f) || math.IsInf(f, 0) {
				return false
			}
			return v.rat().Cmp(new(big.Rat).SetFloat64(f)) == 0
		}
		return NotImplemented
	})
	for name, op := range map[string]string{"__lt__": "<", "__le__": "<=", "__gt__": ">", "__ge__": ">="} {
		op := op
		m.binary(name, func(a, b any) any { return fracCompare(self(a), b, op) })
	}
	// _operator_fallbacks: rationals exactly, floats through float(a).
	ops := []struct {
		name string
		mono func(a, b fracVal) any
		fall func(a, b any) any
	}{
		{"add", fracAdd, Add}, {"sub", fracSub, Sub}, {"mul", fracMul, Mul},
		{"truediv", fracDiv, TrueDiv}, {"floordiv", fracFloorDiv, FloorDiv},
		{"mod", fracMod, Mod}, {"divmod", fracDivmod, Divmod},
	}
	for _, o := range ops {
		o := o
		m.binary("__"+o.name+"__", func(a, b any) any {
			if r, ok := asRational(b); ok {
				return o.mono(self(a), r)
			}
			if f, ok := b.(float64); ok {
				return o.fall(self(a).float(), f)
			}
			return NotImplemented
		})
		m.binary("__r"+o.name+"__", func(b, a any) any {
			if r, ok := asRational(a); ok {
				return o.mono(r, self(b))
			}
			if f, ok := a.(float64); ok {
				return o.fall(f, self(b).float())
			}
			return NotImplemented
		})
	}
	m.binary("__pow__", func(a, b any) any { return fracPow(self(a), b) })
	m.binary("__rpow__", func(b, a any) any {
		v := self(b)
		switch {
		case v.d.Cmp(bigOne) == 0 && v.n.Sign() >= 0:
			return Pow(a, normBig(v.n))
		}
		if r, ok := asRational(a); ok {
			return fracPow(r, b)
		}
		if v.d.Cmp(bigOne) == 0 {
			return Pow(a, normBig(v.n))
		}
		return Pow(a, v.float())
	})
	FractionType = makeBuiltinClass("fractions", "Fraction", nil, m)
}

func init() { initFractions() }
