package py

import "math"

// Tan is glibc 2.36's tan (sysdeps/ieee754/dbl-64/s_tan.c, __tan_fma on
// x86_64 CPUs with FMA and AVX2), which CPython 3.11's math.tan calls. As
// for sin and cos (libm_sincos.go), the fused operations are those of GCC
// 12's optimized tree for the FMA variant, including DLA_FMS in the exact
// product of DIV2; every other operation rounds on its own.
func Tan(x float64) float64 {
	const (
		g1      = 0x1.b096cp-27 // 1.259e-8
		g2      = 0x1.f212dp-5  // 0.0608
		g3      = 0x1.92f1ap-1  // 0.787
		g4      = 25.0
		g5      = 1e8
		mp3     = -0x1.cb3b399d747f2p-55
		mfftnhf = -15.5
	)
	if highWord(x)&0x7ff00000 == 0x7ff00000 {
		return x - x
	}
	w := math.Abs(x)
	switch {
	case w <= g1: // (I)
		return x
	case w <= g2: // (II)
		x2 := x * x
		return math.FMA(float64(x*x2), tanPoly(x2), x)
	case w <= g3: // (III)
		i := int(math.FMA(w, 256, mfftnhf))
		z := w - tanXfg[i][0]
		y := tanTable(z, i, false)
		if x < 0 {
			return -y
		}
		return y
	}
	var a, da float64
	var n int
	switch {
	case w <= g4: // range reduction by algorithm i
		t := math.FMA(x, sinHpinv, sinToint)
		xn := t - sinToint
		t1 := fnma(xn, sinMp2, fnma(xn, sinMp1, x))
		n = int(math.Float64bits(t) & 1)
		a = fnma(xn, mp3, t1)
		da = fnma(xn, mp3, t1-a)
	case w <= g5: // algorithm ii
		t := math.FMA(x, sinHpinv, sinToint)
		xn := t - sinToint
		t1 := fnma(xn, sinMp2, fnma(xn, sinMp1, x))
		n = int(math.Float64bits(t) & 1)
		t = fnma(xn, sinPp3, t1)
		da = fnma(xn, sinPp3, t1-t)
		a = fnma(xn, sinPp4, t)
		da = fnma(xn, sinPp4, t-a) + da
		a, da = eadd(a, da)
	default: // algorithm iii
		var m int
		a, da, m = branred(x)
		n = m & 1
		a, da = eadd(a, da)
	}
	ya, yya, sy := a, da, 1.0
	if a < 0 {
		ya, yya, sy = -a, -da, -1.0
	}
	if ya <= g2 { // (VI), (VIII), (X)
		a2 := a * a
		t2 := math.FMA(float64(a*a2), tanPoly(a2), da)
		if n == 0 {
			return a + t2
		}
		// -cot: DIV2(1.0, 0.0, b, db) of EADD(a, t2).
		b, db := eadd(a, t2)
		c := 1.0 / b
		u := c * b
		uu := math.FMA(c, b, -u)
		cc := fnma(db, c, ((1.0-u)-uu)+0.0) / b
		z := c + cc
		dz := (c - z) + cc
		return -(z + dz)
	}
	// (VII), (IX), (XI)
	i := int(math.FMA(ya, 256, mfftnhf))
	z := yya + (ya - tanXfg[i][0])
	return sy * tanTable(z, i, n != 0)
}

// tanPoly is polynomial I of s_tan.c in x^2, fused as the FMA variant does.
func tanPoly(x2 float64) float64 {
	const (
		d3  = 0x1.5555555555555p-2
		d5  = 0x1.11111111107c6p-3
		d7  = 0x1.ba1ba1cdb8745p-5
		d9  = 0x1.664ed49cfc666p-6
		d11 = 0x1.2385a3cf2e4eap-7
	)
	return math.FMA(x2, math.FMA(x2, math.FMA(x2, math.FMA(x2, d11, d9), d7), d5), d3)
}

// tanTable is tan (or -cot when cot) of xi+z from the table's tan(xi)
// and cot(xi) and polynomial III for tan(z).
func tanTable(z float64, i int, cot bool) float64 {
	const (
		e0 = 0x1.5555555554dbdp-2
		e1 = 0x1.11112e0a6b45fp-3
	)
	z2 := z * z
	pz := math.FMA(float64(z*z2), math.FMA(z2, e1, e0), z)
	fi, gi := tanXfg[i][1], tanXfg[i][2]
	p := pz * (fi + gi)
	if cot {
		return -(gi - p/(pz+fi))
	}
	return fi + p/(gi-pz)
}

// eadd is dla.h's EADD: z+zz = x+y exactly.
func eadd(x, y float64) (z, zz float64) {
	z = x + y
	if math.Abs(x) > math.Abs(y) {
		return z, (x - z) + y
	}
	return z, (y - z) + x
}
