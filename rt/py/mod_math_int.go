package py

import (
	"math"
	"math/big"
	"strconv"
)

// The integer functions of the math module: exact results, so any
// algorithm gives CPython's; what must match is the argument handling
// (PyNumber_Index) and the messages.

// mathIndex is PyNumber_Index: an int, a bool or an object with __index__.
func mathIndex(x any) *big.Int {
	switch n := toNum(x); n.kind {
	case kInt, kBig:
		return n.big()
	}
	if r, ok := objUnary("__index__", x); ok {
		switch n := toNum(r); n.kind {
		case kInt, kBig:
			return n.big()
		}
		panic(New(TypeError, "__index__ returned non-int (type "+TypeName(r)+")"))
	}
	panic(New(TypeError, "'"+TypeName(x)+"' object cannot be interpreted as an integer"))
}

// MathGcd is math.gcd(*integers).
func MathGcd(xs ...any) any {
	g := new(big.Int)
	for _, x := range xs {
		g.GCD(nil, nil, g, new(big.Int).Abs(mathIndex(x)))
	}
	return normBig(g)
}

// MathLcm is math.lcm(*integers).
func MathLcm(xs ...any) any {
	l := big.NewInt(1)
	for _, x := range xs {
		v := new(big.Int).Abs(mathIndex(x))
		if v.Sign() == 0 || l.Sign() == 0 {
			l.SetInt64(0)
			continue
		}
		g := new(big.Int).GCD(nil, nil, l, v)
		l.Mul(l, v.Quo(v, g))
	}
	return normBig(l)
}

const maxLong = math.MaxInt64

// MathFactorial is math.factorial(n).
func MathFactorial(x any) any {
	n := mathIndex(x)
	if n.Sign() < 0 {
		panic(New(ValueError, "factorial() not defined for negative values"))
	}
	if !n.IsInt64() {
		panic(New(OverflowError, "factorial() argument should not exceed "+strconv.Itoa(maxLong)))
	}
	if n.Int64() < 2 {
		return 1
	}
	return normBig(new(big.Int).MulRange(1, n.Int64()))
}

// MathIsqrt is math.isqrt(n).
func MathIsqrt(x any) any {
	n := mathIndex(x)
	if n.Sign() < 0 {
		panic(New(ValueError, "isqrt() argument must be nonnegative"))
	}
	return normBig(new(big.Int).Sqrt(n))
}

// fallingProduct is n * (n-1) * ... * (n-k+1).
func fallingProduct(n *big.Int, k int64) *big.Int {
	if n.IsInt64() {
		return new(big.Int).MulRange(n.Int64()-k+1, n.Int64())
	}
	r := big.NewInt(1)
	f := new(big.Int).Set(n)
	one := big.NewInt(1)
	for i := int64(0); i < k; i++ {
		r.Mul(r, f)
		f.Sub(f, one)
	}
	return r
}

// combArgs checks comb's and perm's arguments as math_comb/math_perm.
func combArgs(nx, kx any) (*big.Int, *big.Int) {
	n, k := mathIndex(nx), mathIndex(kx)
	if n.Sign() < 0 {
		panic(New(ValueError, "n must be a non-negative integer"))
	}
	if k.Sign() < 0 {
		panic(New(ValueError, "k must be a non-negative integer"))
	}
	return n, k
}

// MathPerm is math.perm(n, k=None).
func MathPerm(nx, kx any) any {
	if kx == nil {
		return MathFactorial(nx)
	}
	n, k := combArgs(nx, kx)
	if k.Cmp(n) > 0 {
		return 0
	}
	if !k.IsInt64() {
		panic(New(OverflowError, "k must not exceed "+strconv.Itoa(maxLong)))
	}
	if k.Int64() == 0 {
		return 1
	}
	return normBig(fallingProduct(n, k.Int64()))
}

// MathComb is math.comb(n, k).
func MathComb(nx, kx any) any {
	n, k := combArgs(nx, kx)
	if k.Cmp(n) > 0 {
		return 0
	}
	if nk := new(big.Int).Sub(n, k); nk.Cmp(k) < 0 {
		k = nk
	}
	if !k.IsInt64() {
		panic(New(OverflowError, "min(n - k, k) must not exceed "+strconv.Itoa(maxLong)))
	}
	kk := k.Int64()
	if kk == 0 {
		return 1
	}
	if n.IsInt64() {
		return normBig(new(big.Int).Binomial(n.Int64(), kk))
	}
	r := fallingProduct(n, kk)
	return normBig(r.Quo(r, new(big.Int).MulRange(1, kk)))
}

// MathProd is math.prod(iterable, *, start=1): start times each item in
// turn, by the * operator (CPython's fast paths give the same results).
func MathProd(iterable, start any) any {
	r := start
	for x := range Iter(iterable) {
		r = Mul(r, x)
	}
	return r
}
