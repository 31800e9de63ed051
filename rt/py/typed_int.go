package py

import (
	"iter"
	"math"
	"math/big"
	"math/bits"
	"strconv"
)

// Int is a Python int that typed generated code holds unboxed, where type
// inference proved a variable, parameter or result is always an int (never
// a bool: inference keeps bool and int apart). It stays exact: small holds
// the value while it fits in a Go int, and big holds it (normalized: only
// when it does not fit) once an operation overflows. Nothing wraps around.
//
// Box gives the value the dynamic side uses for the same int (a Go int, or
// a *big.Int that does not fit one), so typed and dynamic code agree on
// every value that crosses between them. The fast paths here handle two
// small operands; everything else goes through the dynamic operators, so
// overflow, ZeroDivisionError and the big-int results are theirs.
type Int struct {
	small int
	big   *big.Int
}

// IntOf is the int n.
func IntOf(n int) Int { return Int{small: n} }

// IntLit is an int literal too large for a Go int.
func IntLit(s string) Int { return AsInt(BigInt(s)) }

// AsInt unboxes a dynamic value that type inference proved is an int. A
// value of any other type means inference was wrong; it panics rather than
// compute something CPython would not.
func AsInt(v any) Int {
	switch x := v.(type) {
	case int:
		return Int{small: x}
	case *big.Int:
		if x.IsInt64() {
			return Int{small: int(x.Int64())}
		}
		return Int{big: x}
	}
	panic(unboxError(v, "int"))
}

// Box is the dynamic value of a.
func (a Int) Box() any {
	if a.big != nil {
		return a.big
	}
	return a.small
}

// Small reports a's value when it fits in a Go int.
func (a Int) Small() (int, bool) { return a.small, a.big == nil }

// String is str(a).
func (a Int) String() string {
	if a.big == nil {
		return strconv.Itoa(a.small)
	}
	return Str(a.big)
}

// Each operator's fast path takes its slow path as a parameter. Go's
// inliner charges a call through a parameter 17 and a call of a named
// function 57 against a budget of 80, so only this form brings the fast
// paths under the budget: the exported method, a call of the fast path with
// a constant function, inlines into generated code, and there the parameter
// is that function again, called only when an operand is big, the result
// overflows (for Mul: an operand needs more than 32 bits) or the divisor
// is not positive.

// Add is a + b.
func (a Int) Add(b Int) Int { return a.add(b, addSlow) }

func (a Int) add(b Int, slow func(a, b Int) Int) Int {
	r := a.small + b.small
	if a.big == nil && b.big == nil && (r^a.small)&(r^b.small) >= 0 {
		return Int{small: r} // the sum has the sign of an operand: no overflow
	}
	return slow(a, b)
}

// Sub is a - b.
func (a Int) Sub(b Int) Int { return a.sub(b, subSlow) }

func (a Int) sub(b Int, slow func(a, b Int) Int) Int {
	r := a.small - b.small
	if a.big == nil && b.big == nil && (a.small^b.small)&(r^a.small) >= 0 {
		return Int{small: r} // same signs, or the sign of a kept: no overflow
	}
	return slow(a, b)
}

// Mul is a * b.
func (a Int) Mul(b Int) Int { return a.mul(b, mulSlow) }

func (a Int) mul(b Int, slow func(a, b Int) Int) Int {
	// Operands within 32 bits cannot overflow; the rest of the small
	// products is mulSlow's.
	if a.big == nil && b.big == nil && uint64(a.small)+1<<31 < 1<<32 && uint64(b.small)+1<<31 < 1<<32 {
		return Int{small: a.small * b.small}
	}
	return slow(a, b)
}

func mulSlow(a, b Int) Int {
	if a.big == nil && b.big == nil {
		hi, lo := bits.Mul64(uint64(a.small), uint64(b.small))
		// The 128-bit signed product fits in an int when hi is the sign
		// extension of lo; bits.Mul64 is unsigned, so correct hi for
		// negative operands first.
		if a.small < 0 {
			hi -= uint64(b.small)
		}
		if b.small < 0 {
			hi -= uint64(a.small)
		}
		if hi == uint64(int64(lo)>>63) {
			return Int{small: int(lo)}
		}
	}
	return AsInt(Mul(a.Box(), b.Box()))
}

// FloorDiv is a // b.
func (a Int) FloorDiv(b Int) Int { return a.floorDiv(b, floorDivSlow) }

func (a Int) floorDiv(b Int, slow func(a, b Int) Int) Int {
	if a.big == nil && b.big == nil && b.small > 0 {
		q := a.small / b.small
		if a.small%b.small < 0 {
			q--
		}
		return Int{small: q}
	}
	return slow(a, b)
}

// Mod is a % b.
func (a Int) Mod(b Int) Int { return a.mod(b, modSlow) }

func (a Int) mod(b Int, slow func(a, b Int) Int) Int {
	if a.big == nil && b.big == nil && b.small > 0 {
		m := a.small % b.small
		if m < 0 {
			m += b.small
		}
		return Int{small: m}
	}
	return slow(a, b)
}

// The general cases (big operands, overflow, negative divisors, division
// by zero) are the dynamic operators'.

func addSlow(a, b Int) Int      { return AsInt(Add(a.Box(), b.Box())) }
func subSlow(a, b Int) Int      { return AsInt(Sub(a.Box(), b.Box())) }
func floorDivSlow(a, b Int) Int { return AsInt(FloorDiv(a.Box(), b.Box())) }
func modSlow(a, b Int) Int      { return AsInt(Mod(a.Box(), b.Box())) }

// TrueDiv is a / b: a float, correctly rounded.
func (a Int) TrueDiv(b Int) float64 {
	if a.big == nil && b.big == nil && b.small != 0 && absInt(a.small) < 1<<53 && absInt(b.small) < 1<<53 {
		return float64(a.small) / float64(b.small)
	}
	return intTrueDivSlow(a, b)
}

func intNegSlow(a Int) Int { return AsInt(Neg(a.Box())) }

func intTrueDivSlow(a, b Int) float64 { return TrueDiv(a.Box(), b.Box()).(float64) }

// Neg is -a.
func (a Int) Neg() Int {
	if a.big == nil && a.small != math.MinInt {
		return Int{small: -a.small}
	}
	return intNegSlow(a)
}

// Float is float(a), as int/float arithmetic converts it (OverflowError
// when it is too large).
func (a Int) Float() float64 {
	if a.big == nil {
		return float64(a.small)
	}
	return num{kind: kBig, b: a.big}.float()
}

// Truth is bool(a).
func (a Int) Truth() bool { return a.small != 0 || a.big != nil }

// Cmp compares a and b: -1, 0 or +1.
func (a Int) Cmp(b Int) int {
	if a.big == nil && b.big == nil {
		return cmpInt(a.small, b.small)
	}
	return a.bigValue().Cmp(b.bigValue())
}

func (a Int) bigValue() *big.Int {
	if a.big != nil {
		return a.big
	}
	return big.NewInt(int64(a.small))
}

// Eq is a == b.
func (a Int) Eq(b Int) bool {
	if a.big == nil && b.big == nil {
		return a.small == b.small
	}
	return a.Cmp(b) == 0
}

// Lt is a < b.
func (a Int) Lt(b Int) bool {
	if a.big == nil && b.big == nil {
		return a.small < b.small
	}
	return a.Cmp(b) < 0
}

// LtE is a <= b.
func (a Int) LtE(b Int) bool {
	if a.big == nil && b.big == nil {
		return a.small <= b.small
	}
	return a.Cmp(b) <= 0
}

// Gt is a > b.
func (a Int) Gt(b Int) bool {
	if a.big == nil && b.big == nil {
		return a.small > b.small
	}
	return a.Cmp(b) > 0
}

// GtE is a >= b.
func (a Int) GtE(b Int) bool {
	if a.big == nil && b.big == nil {
		return a.small >= b.small
	}
	return a.Cmp(b) >= 0
}

// Ints iterates over an iterable that type inference proved yields ints: a
// range of small ints counts without boxing; anything else is iterated the
// dynamic way and unboxed.
func Ints(iterable any) iter.Seq[Int] {
	if r, ok := iterable.(*Range); ok && r.b == nil {
		return func(yield func(Int) bool) {
			for i, n := 0, r.Len(); i < n; i++ {
				if !yield(Int{small: r.At(i)}) {
					return
				}
			}
		}
	}
	return func(yield func(Int) bool) {
		for v := range Iter(iterable) {
			if !yield(AsInt(v)) {
				return
			}
		}
	}
}
