package py

import (
	"math"
	"math/big"
)

// The math module, as Modules/mathmodule.c of CPython 3.11: the same
// argument conversions, the same special-value handling in front of the C
// library, and errno turned into ValueError("math domain error") or
// OverflowError("math range error") by the same rules (math_1, math_2,
// is_error). What CPython takes from libm comes from the glibc ports of
// libm*.go; what CPython computes itself (fsum, hypot, gamma, remainder,
// the integer functions) is ported from mathmodule.c.

// Math constants (Py_MATH_PI, Py_MATH_E, Py_MATH_TAU).
var (
	MathPi  = math.Pi
	MathE   = math.E
	MathTau = 2 * math.Pi
	MathInf = math.Inf(1)
	MathNaN = math.NaN()
)

// mathFloat is PyFloat_AsDouble: a float, an int (OverflowError when it is
// too large) or an object with __float__.
func mathFloat(x any) float64 {
	switch n := toNum(x); n.kind {
	case kFloat, kInt, kBig:
		return n.float()
	}
	if r, ok := objUnary("__float__", x); ok {
		if f, ok := r.(float64); ok {
			return f
		}
		panic(New(TypeError, TypeName(x)+".__float__ returned non-float (type "+TypeName(r)+")"))
	}
	panic(New(TypeError, "must be real number, not "+TypeName(x)))
}

func mathDomain() *Exception { return New(ValueError, "math domain error") }
func mathRange() *Exception  { return New(OverflowError, "math range error") }

// math1 is math_1: a libm function of one argument, with a NaN result from
// a non-NaN argument a domain error and an infinite one from a finite
// argument a range error (canOverflow) or a domain error (a pole).
func math1(x any, f func(float64) float64, canOverflow bool) float64 {
	v := mathFloat(x)
	r := f(v)
	if math.IsNaN(r) && !math.IsNaN(v) {
		panic(mathDomain())
	}
	if math.IsInf(r, 0) && !math.IsInf(v, 0) && !math.IsNaN(v) {
		if canOverflow {
			panic(mathRange())
		}
		panic(mathDomain())
	}
	return r
}

// math2 is math_2 for functions of two floats.
func math2(x, y any, f func(float64, float64) float64) float64 {
	a, b := mathFloat(x), mathFloat(y)
	r := f(a, b)
	if math.IsNaN(r) && !math.IsNaN(a) && !math.IsNaN(b) {
		panic(mathDomain())
	}
	if math.IsInf(r, 0) && isFinite(a) && isFinite(b) {
		panic(mathRange())
	}
	return r
}

func isFinite(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) }

// mathRounding is math.floor/ceil: a float is rounded and converted
// exactly; anything else goes through its __floor__/__ceil__ (int's
// returns the int itself, bool's an int).
func mathRounding(x any, dunder string, f func(float64) float64) any {
	switch n := toNum(x); n.kind {
	case kFloat:
		return floatToInt(f(n.f))
	case kInt:
		return n.i
	case kBig:
		return n.b
	}
	if r, ok := objUnary(dunder, x); ok {
		return r
	}
	return floatToInt(f(mathFloat(x)))
}

// MathFloor is math.floor(x).
func MathFloor(x any) any { return mathRounding(x, "__floor__", math.Floor) }

// MathCeil is math.ceil(x).
func MathCeil(x any) any { return mathRounding(x, "__ceil__", math.Ceil) }

// MathTrunc is math.trunc(x).
func MathTrunc(x any) any {
	switch n := toNum(x); n.kind {
	case kFloat:
		return floatToInt(math.Trunc(n.f))
	case kInt:
		return n.i
	case kBig:
		return n.b
	}
	if r, ok := objUnary("__trunc__", x); ok {
		return r
	}
	panic(New(TypeError, "type "+TypeName(x)+" doesn't define __trunc__ method"))
}

// MathSqrt is math.sqrt(x); Go's sqrt is correctly rounded, as is glibc's.
func MathSqrt(x any) float64 { return math1(x, math.Sqrt, false) }

// MathExp is math.exp(x).
func MathExp(x any) float64 { return math1(x, Exp, true) }

// MathExp2 is math.exp2(x).
func MathExp2(x any) float64 { return math1(x, Exp2, true) }

// MathErf is math.erf(x).
func MathErf(x any) float64 { return math1(x, Erf, false) }

// MathErfc is math.erfc(x).
func MathErfc(x any) float64 { return math1(x, Erfc, false) }

// MathCbrt is math.cbrt(x).
func MathCbrt(x any) float64 { return math1(x, Cbrt, false) }

// MathFabs is math.fabs(x).
func MathFabs(x any) float64 { return math1(x, math.Abs, false) }

// mLog, mLog2 and mLog10 are m_log, m_log2 and m_log10: libm's log with
// the special values settled first.
func mLog(x float64) float64   { return mLogWith(x, Log) }
func mLog2(x float64) float64  { return mLogWith(x, Log2) }
func mLog10(x float64) float64 { return mLogWith(x, Log10) }

func mLogWith(x float64, f func(float64) float64) float64 {
	switch {
	case isFinite(x) && x > 0:
		return f(x)
	case x == 0:
		return math.Inf(-1)
	case math.IsNaN(x), math.IsInf(x, 1):
		return x
	}
	return math.NaN()
}

// logHelper is loghelper: an int is handled exactly, also when it is too
// large for a float (log(m) + log(2)*e from its correctly rounded
// mantissa and exponent, as _PyLong_Frexp).
func logHelper(x any, f func(float64) float64) float64 {
	n := toNum(x)
	if n.kind != kInt && n.kind != kBig {
		return math1(x, f, false)
	}
	b := n.big()
	if b.Sign() <= 0 {
		panic(mathDomain())
	}
	if b.BitLen() <= 1024 {
		if v, _ := new(big.Float).SetInt(b).Float64(); !math.IsInf(v, 0) {
			return f(v)
		}
	}
	mant := new(big.Float)
	e := new(big.Float).SetPrec(53).SetMode(big.ToNearestEven).SetInt(b).MantExp(mant)
	m, _ := mant.Float64()
	return float64(f(m)) + float64(f(2.0)*float64(e))
}

// MathLog is math.log(x[, base]).
func MathLog(x any, base ...any) float64 {
	if len(base) > 1 {
		panic(New(TypeError, "log expected at most 2 arguments, got "+itoa(1+len(base))))
	}
	num := logHelper(x, mLog)
	if len(base) == 0 {
		return num
	}
	den := logHelper(base[0], mLog)
	if den == 0 {
		panic(New(ZeroDivisionError, "float division by zero"))
	}
	return num / den
}

// MathLog2 is math.log2(x).
func MathLog2(x any) float64 { return logHelper(x, mLog2) }

// MathLog10 is math.log10(x).
func MathLog10(x any) float64 { return logHelper(x, mLog10) }

// MathPow is math.pow(x, y): IEEE special values by CPython's own rules,
// finite ** finite by libm's pow.
func MathPow(x, y any) float64 {
	a, b := mathFloat(x), mathFloat(y)
	if !isFinite(a) || !isFinite(b) {
		switch {
		case math.IsNaN(a):
			if b == 0 {
				return 1
			}
			return a
		case math.IsNaN(b):
			if a == 1 {
				return 1
			}
			return b
		case math.IsInf(a, 0):
			odd := isFinite(b) && math.Mod(math.Abs(b), 2) == 1
			switch {
			case b > 0:
				if odd {
					return a
				}
				return math.Abs(a)
			case b == 0:
				return 1
			case odd:
				return math.Copysign(0, a)
			}
			return 0
		}
		// b is infinite
		switch ax := math.Abs(a); {
		case ax == 1:
			return 1
		case b > 0 && ax > 1:
			return b
		case b < 0 && ax < 1:
			return -b
		}
		return 0
	}
	r := LibmPow(a, b)
	if math.IsNaN(r) {
		panic(mathDomain())
	}
	if math.IsInf(r, 0) {
		if a == 0 {
			panic(mathDomain())
		}
		panic(mathRange())
	}
	return r
}

// MathFmod is math.fmod(x, y); fmod is exact, so Go's Mod is C's.
func MathFmod(x, y any) float64 {
	a, b := mathFloat(x), mathFloat(y)
	if math.IsInf(b, 0) && isFinite(a) {
		return a
	}
	r := math.Mod(a, b)
	if math.IsNaN(r) && !math.IsNaN(a) && !math.IsNaN(b) {
		panic(mathDomain())
	}
	return r
}

// MathModf is math.modf(x): (fractional part, integer part).
func MathModf(x any) any {
	v := mathFloat(x)
	switch {
	case math.IsInf(v, 0):
		return Tuple{math.Copysign(0, v), v}
	case math.IsNaN(v):
		return Tuple{v, v}
	}
	i, f := math.Modf(v)
	return Tuple{f, i}
}

// MathFrexp is math.frexp(x).
func MathFrexp(x any) any {
	v := mathFloat(x)
	if math.IsNaN(v) || math.IsInf(v, 0) || v == 0 {
		return Tuple{v, 0}
	}
	m, e := math.Frexp(v)
	return Tuple{m, e}
}

// MathLdexp is math.ldexp(x, i); Go's Ldexp rounds a subnormal result once,
// as C's.
func MathLdexp(x, i any) float64 {
	v := mathFloat(x)
	n := toNum(i)
	if n.kind != kInt && n.kind != kBig {
		panic(New(TypeError, "Expected an int as second argument to ldexp."))
	}
	switch {
	case v == 0 || !isFinite(v):
		return v
	case n.kind == kBig && n.b.Sign() > 0 || n.kind == kInt && n.i > math.MaxInt32:
		panic(mathRange())
	case n.kind == kBig || n.i < math.MinInt32:
		return math.Copysign(0, v)
	}
	r := math.Ldexp(v, n.i)
	if math.IsInf(r, 0) {
		panic(mathRange())
	}
	return r
}

// MathCopysign is math.copysign(x, y).
func MathCopysign(x, y any) float64 { return math.Copysign(mathFloat(x), mathFloat(y)) }

// MathIsfinite, MathIsinf and MathIsnan are math.isfinite/isinf/isnan.
func MathIsfinite(x any) any { return isFinite(mathFloat(x)) }
func MathIsinf(x any) any    { return math.IsInf(mathFloat(x), 0) }
func MathIsnan(x any) any    { return math.IsNaN(mathFloat(x)) }

// MathIsclose is math.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0).
func MathIsclose(a, b, relTol, absTol any) any {
	x, y := mathFloat(a), mathFloat(b)
	rt, at := mathFloat(relTol), mathFloat(absTol)
	if rt < 0 || at < 0 {
		panic(New(ValueError, "tolerances must be non-negative"))
	}
	if x == y {
		return true
	}
	if math.IsInf(x, 0) || math.IsInf(y, 0) {
		return false
	}
	diff := math.Abs(y - x)
	return diff <= math.Abs(rt*y) || diff <= math.Abs(rt*x) || diff <= at
}

// The factors of degrees and radians, rounded as C rounds the constant
// expressions 180.0 / Py_MATH_PI and Py_MATH_PI / 180.0.
var (
	radToDeg = 180.0 / MathPi
	degToRad = MathPi / 180.0
)

// MathDegrees is math.degrees(x).
func MathDegrees(x any) float64 { return mathFloat(x) * radToDeg }

// MathRadians is math.radians(x).
func MathRadians(x any) float64 { return mathFloat(x) * degToRad }

// nextafter is C's: toward y, and y itself when x == y (so the sign of a
// zero comes from y, where Go's math.Nextafter returns x).
func nextafter(x, y float64) float64 {
	if x == y || math.IsNaN(y) {
		return y
	}
	return math.Nextafter(x, y)
}

// MathNextafter is math.nextafter(x, y).
func MathNextafter(x, y any) float64 { return nextafter(mathFloat(x), mathFloat(y)) }

// MathUlp is math.ulp(x).
func MathUlp(x any) float64 {
	v := mathFloat(x)
	if math.IsNaN(v) {
		return v
	}
	v = math.Abs(v)
	if math.IsInf(v, 0) {
		return v
	}
	next := nextafter(v, math.Inf(1))
	if math.IsInf(next, 0) {
		return v - nextafter(v, math.Inf(-1))
	}
	return next - v
}

// mRemainder is m_remainder: the IEEE remainder, computed by CPython from
// fmod.
func mRemainder(x, y float64) float64 {
	if isFinite(x) && isFinite(y) {
		if y == 0 {
			return math.NaN()
		}
		absx, absy := math.Abs(x), math.Abs(y)
		m := math.Mod(absx, absy)
		c := absy - m
		var r float64
		switch {
		case m < c:
			r = m
		case m > c:
			r = -c
		default:
			r = m - 2.0*math.Mod(0.5*(absx-m), absy)
		}
		return math.Copysign(1, x) * r
	}
	switch {
	case math.IsNaN(x):
		return x
	case math.IsNaN(y):
		return y
	case math.IsInf(x, 0):
		return math.NaN()
	}
	return x
}

// MathRemainder is math.remainder(x, y).
func MathRemainder(x, y any) float64 { return math2(x, y, mRemainder) }
