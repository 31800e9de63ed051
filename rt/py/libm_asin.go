package py

import "math"

// Ports of glibc 2.36's asin and acos (sysdeps/ieee754/dbl-64/e_asin.c,
// __ieee754_asin_fma and __ieee754_acos_fma on x86_64 CPUs with FMA and
// AVX2), which CPython 3.11's math.asin and math.acos call. As for sin and
// cos (libm_sincos.go), the fused operations are those of GCC 12's
// optimized tree for the FMA variant; every other operation rounds on its
// own.

const (
	asinF1  = 1.666666666666641039018514902636525221168994903564453125e-1
	asinF2  = 7.500000000261226873465858488998492248356342315673828125e-2
	asinF3  = 4.46428561421059744152017856322345323860645294189453125e-2
	asinF4  = 3.03821268582119309586975219872329034842550754547119140625e-2
	asinF5  = 2.23551211026525621650140607243884005583822727203369140625e-2
	asinF6  = 1.8138290340456504623478650728429784066975116729736328125e-2
	asinRt0 = 9.9999999985999077356524367132806219160556793212890625e-1
	asinRt1 = 4.999999994959554161511050551780499517917633056640625e-1
	asinRt2 = 3.7501750086734519928910458475002087652683258056640625e-1
	asinRt3 = 3.12523626554518652032044201405369676649570465087890625e-1
)

// asinPoly is f1 + x2*(f2 + ... + x2*f6), fused.
func asinPoly(x2 float64) float64 {
	return math.FMA(math.FMA(math.FMA(math.FMA(math.FMA(x2, asinF6, asinF5), x2, asinF4), x2, asinF3), x2, asinF2), x2, asinF1)
}

// asinTable is the table part of asin and acos for 0.125 <= |x| < 0.96875:
// the subinterval's row n in asncs and the index top of its last series
// coefficient. It returns the row's asin(centre) and the correction t.
func asinTable(x float64, hx int32) (value, t float64) {
	k := hx & 0x7fffffff
	var n, top int
	switch {
	case k < 0x3fd00000:
		n = 11 * int((k&0x000fffff)>>15)
		top = n + 6
	case k < 0x3fe00000:
		n = 11*int((k&0x000fffff)>>14) + 352
		top = n + 6
	case k < 0x3fe80000:
		n = 1056 + int((k&0x000fe000)>>11)*3
		top = n + 7
	case k < 0x3fed8000:
		n = 992 + int((k&0x000fe000)>>13)*13
		top = n + 8
	case k < 0x3fee8000:
		n = 884 + int((k&0x000fe000)>>13)*14
		top = n + 9
	default:
		n = 768 + int((k&0x000fe000)>>13)*15
		top = n + 10
	}
	a := &asinAsncs
	var xx float64
	if hx > 0 {
		xx = x - a[n]
	} else {
		xx = -x - a[n]
	}
	p := a[top]
	for i := top - 1; i >= n+2; i-- {
		p = math.FMA(p, xx, a[i])
	}
	p = math.FMA(float64(xx*xx), p, a[top+1])
	return a[top+2], math.FMA(a[n+1], xx, p)
}

// asinNear1 is the start of both functions' last range, 0.96875 <= |x| < 1:
// z = (1-|x|)/2, c ~ sqrt(z) and the factor of Newton's step.
func asinNear1(x float64, hx int32) (z, c, step float64) {
	if hx > 0 {
		z = (1.0 - x) * 0.5
	} else {
		z = (x + 1.0) * 0.5
	}
	kz := highWord(z)
	t := asinInroot[(kz>>14)&127] * asinPowtwo[511-(kz>>21)]
	r := fnma(t*t, z, 1.0)
	t = math.FMA(math.FMA(math.FMA(r, asinRt3, asinRt2), r, asinRt1), r, asinRt0) * t
	c = z * t
	return z, c, fnma(t*0.5, c, 1.5)
}

// Asin is glibc's __ieee754_asin (__ieee754_asin_fma).
func Asin(x float64) float64 {
	hx := int32(highWord(x))
	k := hx & 0x7fffffff
	var res float64
	switch {
	case k < 0x3e500000:
		return x
	case k < 0x3fc00000:
		x2 := x * x
		return math.FMA(asinPoly(x2), float64(x*x2), x)
	case k < 0x3fef0000:
		value, t := asinTable(x, hx)
		res = value + t
	case k < 0x3ff00000:
		z, c, step := asinNear1(x, hx)
		y := (c + 16777216.0) - 16777216.0
		cc := fnma(y, y, z) / math.FMA(step, c, y)
		p := asinPoly(z) * z
		cor := fnma((y+cc)*2.0, p, fnma(cc, 2.0, sinHp1))
		res = cor + fnma(y, 2.0, sinHp0)
	case k == 0x3ff00000 && uint32(math.Float64bits(x)) == 0:
		res = sinHp0
	case math.IsNaN(x):
		return x + x
	default:
		return math.NaN()
	}
	if hx > 0 {
		return res
	}
	return -res
}

// Acos is glibc's __ieee754_acos (__ieee754_acos_fma).
func Acos(x float64) float64 {
	hx := int32(highWord(x))
	k := hx & 0x7fffffff
	switch {
	case k < 0x3c880000:
		return sinHp0
	case k < 0x3fc00000:
		x2 := x * x
		r := sinHp0 - x
		cor := fnma(asinPoly(x2), float64(x*x2), (((sinHp0 - r) - x) + sinHp1))
		return r + cor
	case k < 0x3fef0000:
		value, t := asinTable(x, hx)
		if hx > 0 {
			return (sinHp1 - t) + (sinHp0 - value)
		}
		return (t + sinHp1) + (value + sinHp0)
	case k < 0x3ff00000:
		z, c, step := asinNear1(x, hx)
		s := math.FMA(c, 134217728.0, c)
		y := fnma(c, 134217728.0, s)
		cc := fnma(y, y, z) / math.FMA(step, c, y)
		p := asinPoly(z) * z
		pc := p * (y + cc)
		if hx < 0 {
			return (((sinHp1 - cc) - pc) + (sinHp0 - y)) * 2.0
		}
		return (y + (cc + pc)) * 2.0
	case k == 0x3ff00000 && uint32(math.Float64bits(x)) == 0:
		if hx > 0 {
			return 0
		}
		return 2.0 * sinHp0
	case math.IsNaN(x):
		return x + x
	}
	return math.NaN()
}
