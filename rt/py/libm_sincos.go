package py

import "math"

// Ports of glibc 2.36's sin and cos (sysdeps/ieee754/dbl-64/s_sin.c and
// branred.c, IBM's Accurate Mathematical Library after the removal of its
// slow paths), which CPython 3.11's math.sin and math.cos call. They are
// not correctly rounded (~0.55 ULP), so only the same operations give the
// same last bit.
//
// x86_64 glibc runs __sin_fma/__cos_fma on CPUs with FMA and AVX2, compiled
// with -ffp-contract=fast. The fused operations below are the .FMA/.FNMA/
// .FMS of GCC 12's optimized tree for that file (they match the object
// code's 104 vfmadd/vfnmadd/vfmsub one for one); every other product is
// rounded on its own. __branred has no FMA variant. internal/libmcheck
// compares both with the C library bit for bit.

const (
	sinS1    = -0x1.5555555555555p-3
	sinS2    = 0x1.1111111110ECEp-7
	sinS3    = -0x1.A01A019DB08B8p-13
	sinS4    = 0x1.71DE27B9A7ED9p-19
	sinS5    = -0x1.ADDFFC2FCDF59p-26
	sinBig   = 0x1.8000000000000p45
	sinHp0   = 0x1.921FB54442D18p0
	sinHp1   = 0x1.1A62633145C07p-54
	sinMp1   = 0x1.921FB58000000p0
	sinMp2   = -0x1.DDE973C000000p-27
	sinPp3   = -0x1.CB3B398000000p-55
	sinPp4   = -0x1.d747f23e32ed7p-83
	sinHpinv = 0x1.45F306DC9C883p-1
	sinToint = 0x1.8000000000000p52
	sinSn3   = -1.66666666666664880952546298448555e-01
	sinSn5   = 8.33333214285722277379541354343671e-03
	sinCs2   = 4.99999999999999999999950396842453e-01
	sinCs4   = -4.16666666666664434524222570944589e-02
	sinCs6   = 1.38888874007937613028114285595617e-03
)

func fnma(a, b, c float64) float64 { return math.FMA(-a, b, c) }

// sincosEntry is SINCOS_TABLE_LOOKUP: the row of the table for u = big+|x|
// (the low word of u is |x| rounded to a multiple of 1/128, times 128).
func sincosEntry(u float64) *[4]float64 {
	return &sincosTab[uint32(math.Float64bits(u))]
}

// doCos is do_cos: cos(x+dx) from the table's cos and sin of the nearest
// multiple of 1/128 and short series for the rest.
func doCos(x, dx float64) float64 {
	if x < 0 {
		dx = -dx
	}
	ax := math.Abs(x)
	u := ax + sinBig
	x = (ax - (u - sinBig)) + dx
	xx := x * x
	s := math.FMA(float64(x*xx), math.FMA(xx, sinSn5, sinSn3), x)
	c := xx * math.FMA(xx, math.FMA(xx, sinCs6, sinCs4), sinCs2)
	e := sincosEntry(u)
	sn, ssn, cs, ccs := e[0], e[1], e[2], e[3]
	cor := fnma(s, sn, fnma(c, cs, fnma(s, ssn, ccs)))
	return cs + cor
}

// doSin is do_sin: sin(x+dx), by a Taylor series below 0.126 and from the
// table above.
func doSin(x, dx float64) float64 {
	xold := x
	if math.Abs(x) < 0.126 {
		xx := x * x
		p := math.FMA(xx, math.FMA(xx, math.FMA(xx, math.FMA(xx, sinS5, sinS4), sinS3), sinS2), sinS1)
		t := math.FMA(xx, math.FMA(p, x, -float64(dx*0.5)), dx)
		return x + t
	}
	if x <= 0 {
		dx = -dx
	}
	ax := math.Abs(x)
	u := ax + sinBig
	x = ax - (u - sinBig)
	xx := x * x
	s := x + math.FMA(float64(x*xx), math.FMA(xx, sinSn5, sinSn3), dx)
	c := math.FMA(x, dx, float64(xx*math.FMA(xx, math.FMA(xx, sinCs6, sinCs4), sinCs2)))
	e := sincosEntry(u)
	sn, ssn, cs, ccs := e[0], e[1], e[2], e[3]
	cor := math.FMA(s, cs, fnma(c, sn, math.FMA(s, ccs, ssn)))
	return math.Copysign(sn+cor, xold)
}

// reduceSincos is reduce_sincos: x = n*pi/2 + (a+da) for |x| < 105414350.
func reduceSincos(x float64) (a, da float64, n int) {
	t := math.FMA(x, sinHpinv, sinToint)
	xn := t - sinToint
	y := fnma(xn, sinMp2, fnma(xn, sinMp1, x))
	n = int(math.Float64bits(t) & 3)
	t2 := fnma(xn, sinPp3, y)
	db := fnma(xn, sinPp3, y-t2)
	b := fnma(xn, sinPp4, t2)
	db += fnma(xn, sinPp4, t2-b)
	return b, db, n
}

// doSincos is do_sincos: sin(a+da) turned by n quadrants.
func doSincos(a, da float64, n int) float64 {
	var r float64
	if n&1 != 0 {
		r = doCos(a, da)
	} else {
		r = doSin(a, da)
	}
	if n&2 != 0 {
		return -r
	}
	return r
}

// Sin is glibc's sin (__sin_fma).
func Sin(x float64) float64 {
	switch k := highWord(x) & 0x7fffffff; {
	case k < 0x3e500000: // |x| < 2^-26
		return x
	case k < 0x3feb6000: // |x| < 0.855469
		return doSin(x, 0)
	case k < 0x400368fd: // |x| < 2.426265
		return math.Copysign(doCos(sinHp0-math.Abs(x), sinHp1), x)
	case k < 0x419921fb: // |x| < 105414350
		a, da, n := reduceSincos(x)
		return doSincos(a, da, n)
	case k < 0x7ff00000:
		a, da, n := branred(x)
		return doSincos(a, da, n)
	}
	return x / x
}

// Cos is glibc's cos (__cos_fma).
func Cos(x float64) float64 {
	switch k := highWord(x) & 0x7fffffff; {
	case k < 0x3e400000: // |x| < 2^-27
		return 1
	case k < 0x3feb6000:
		return doCos(x, 0)
	case k < 0x400368fd:
		y := sinHp0 - math.Abs(x)
		a := y + sinHp1
		da := (y - a) + sinHp1
		return doSin(a, da)
	case k < 0x419921fb:
		a, da, n := reduceSincos(x)
		return doSincos(a, da, n+1)
	case k < 0x7ff00000:
		a, da, n := branred(x)
		return doSincos(a, da, n+1)
	}
	return x / x
}

// branred is __branred: x = n*pi/2 + (a+aa) with |a+aa| < pi/4 for any
// finite x, from 2/pi in base 2^24 (toverp); n is returned mod 4.
func branred(x float64) (a, aa float64, n int) {
	const (
		split = 134217729.0 // 2^27 + 1
		t576  = 0x1p576
		tm600 = 0x1p-600
		tm24  = 0x1p-24
		big   = 0x1.8p52 // 6755399441055744
		big1  = 0x1.8p54 // 27021597764222976
		hp0   = 0x1.921FB54442D18p0
		hp1   = 0x1.1A62633145C07p-54
		mp1   = 0x1.921FB58000000p0
		mp2   = -0x1.DDE9740000000p-27
	)
	x *= tm600
	t := float64(x * split)
	x1 := t - (t - x)
	x2 := x - x1
	// part reduces one half of x: the integer part of x*2/pi mod 4 (sum)
	// and the fraction as b+bb.
	part := func(xi float64) (sum, b, bb float64) {
		k := (int(math.Float64bits(xi)>>52)&2047 - 450) / 24
		if k < 0 {
			k = 0
		}
		gor := math.Float64frombits(math.Float64bits(t576) - uint64(k*24)<<52)
		var r [6]float64
		for i := range r {
			r[i] = float64(xi*branredToverp[k+i]) * gor
			gor *= tm24
		}
		for i := 0; i < 3; i++ {
			s := (r[i] + big) - big
			sum += s
			r[i] -= s
		}
		t := 0.0
		for i := 5; i >= 0; i-- {
			t += r[i]
		}
		bb = (((((r[0] - t) + r[1]) + r[2]) + r[3]) + r[4]) + r[5]
		s := (t + big) - big
		sum += s
		t -= s
		b = t + bb
		bb = (t - b) + bb
		s = (sum + big1) - big1
		sum -= s
		return sum, b, bb
	}
	sum1, b1, bb1 := part(x1)
	sum2, b2, bb2 := part(x2)
	sum := sum1 + sum2
	b := b1 + b2
	var bb float64
	if math.Abs(b1) > math.Abs(b2) {
		bb = (b1 - b) + b2
	} else {
		bb = (b2 - b) + b1
	}
	if b > 0.5 {
		b -= 1.0
		sum += 1.0
	} else if b < -0.5 {
		b += 1.0
		sum -= 1.0
	}
	s := b + (bb + bb1 + bb2)
	t = ((b - s) + bb) + (bb1 + bb2)
	b = float64(s * split)
	t1 := b - (b - s)
	t2 := s - t1
	b = float64(s * hp0)
	bb = (((float64(t1*mp1) - b) + float64(t1*mp2)) + float64(t2*mp1)) +
		(float64(t2*mp2) + float64(s*hp1) + float64(t*hp0))
	s = b + bb
	t = (b - s) + bb
	return s, t, int(sum) & 3
}
