package py

import "math"

// Ports of glibc 2.36's expm1 and log1p (fdlibm's, sysdeps/ieee754/dbl-64)
// and of the hyperbolic functions built on them, which CPython 3.11's math
// module calls.
//
// expm1 and log1p have FMA variants on x86_64 (__expm1_fma, __log1p_fma,
// picked by ifunc on CPUs with FMA and AVX2) that GCC compiled with
// -ffp-contract=fast: each math.FMA below is a vfmadd/vfmsub of that object
// code, every other product is rounded on its own (float64(a*b), which also
// stops Go from fusing it). sinh, cosh, tanh, asinh, acosh and atanh have no
// such variant, so their own arithmetic never fuses, but they call the
// ifunc'd exp, log, expm1 and log1p, that is the FMA ports. internal/libmcheck
// compares all of them with the C library bit for bit.

const (
	fdlLn2Hi  = 6.93147180369123816490e-01 // 0x3fe62e42fee00000
	fdlLn2Lo  = 1.90821492927058770002e-10 // 0x3dea39ef35793c76
	fdlInvLn2 = 1.44269504088896338700e+00
	fdlLn2    = 6.93147180559945286227e-01
)

func highWord(x float64) uint32 { return uint32(math.Float64bits(x) >> 32) }

// withHighWord is SET_HIGH_WORD: x with its upper 32 bits replaced.
func withHighWord(x float64, hi uint32) float64 {
	return math.Float64frombits(uint64(hi)<<32 | math.Float64bits(x)&0xffffffff)
}

// Expm1 is glibc's expm1 (__expm1_fma).
func Expm1(x float64) float64 {
	const (
		oThreshold = 7.09782712893383973096e+02
		q1         = -3.33333333333331316428e-02
		q2         = 1.58730158725481460165e-03
		q3         = -7.93650757867487942473e-05
		q4         = 4.00821782732936239552e-06
		q5         = -2.01099218183624371326e-07
	)
	hx := highWord(x)
	neg := hx&0x80000000 != 0
	hx &= 0x7fffffff
	if hx >= 0x4043687a { // |x| >= 56*ln2
		if hx >= 0x40862e42 { // |x| >= 709.78...
			if hx >= 0x7ff00000 {
				if math.IsNaN(x) {
					return x + x
				}
				if neg {
					return -1
				}
				return x
			}
			if x > oThreshold {
				return math.Inf(1)
			}
		}
		if neg {
			return -1
		}
	}
	var k int32
	var c float64
	switch {
	case hx > 0x3fd62e42: // |x| > 0.5 ln2
		var hi, lo float64
		switch {
		case hx < 0x3ff0a2b2 && !neg: // |x| < 1.5 ln2
			hi, lo, k = x-fdlLn2Hi, fdlLn2Lo, 1
		case hx < 0x3ff0a2b2:
			hi, lo, k = x+fdlLn2Hi, -fdlLn2Lo, -1
		default:
			half := 0.5
			if neg {
				half = -0.5
			}
			k = int32(float64(fdlInvLn2*x) + half)
			t := float64(k)
			hi = math.FMA(-t, fdlLn2Hi, x)
			lo = t * fdlLn2Lo
		}
		x = hi - lo
		c = (hi - x) - lo
	case hx < 0x3c900000: // |x| < 2^-54
		return x
	}
	hfx := 0.5 * x
	hxs := x * hfx
	r1 := math.FMA(hxs, q1, 1)
	h2 := hxs * hxs
	r2 := math.FMA(hxs, q3, q2)
	h4 := h2 * h2
	r3 := math.FMA(hxs, q5, q4)
	r := math.FMA(h4, r3, math.FMA(h2, r2, r1))
	t := math.FMA(-r, hfx, 3.0)
	e := hxs * ((r - t) / math.FMA(-x, t, 6.0))
	if k == 0 {
		return x - math.FMA(e, x, -hxs)
	}
	e = math.FMA(e-c, x, -c)
	e -= hxs
	switch {
	case k == -1:
		return math.FMA(x-e, 0.5, -0.5)
	case k == 1:
		if x < -0.25 {
			return -2.0 * (e - (x + 0.5))
		}
		return math.FMA(x-e, 2.0, 1.0)
	case k <= -2 || k > 56:
		y := 1 - (e - x)
		y = withHighWord(y, highWord(y)+uint32(k)<<20)
		return y - 1
	case k < 20:
		t := math.Float64frombits(uint64(0x3ff00000-(0x200000>>k)) << 32) // 1-2^-k
		y := t - (e - x)
		return withHighWord(y, highWord(y)+uint32(k)<<20)
	}
	t = math.Float64frombits(uint64(0x3ff-k) << 52) // 2^-k
	y := x - (e + t)
	y++
	return withHighWord(y, highWord(y)+uint32(k)<<20)
}

// Log1p is glibc's log1p (__log1p_fma).
func Log1p(x float64) float64 {
	const (
		lp1 = 6.666666666666735130e-01
		lp2 = 3.999999999940941908e-01
		lp3 = 2.857142874366239149e-01
		lp4 = 2.222219843214978396e-01
		lp5 = 1.818357216161805012e-01
		lp6 = 1.531383769920937332e-01
		lp7 = 1.479819860511658591e-01
	)
	hx := int32(highWord(x))
	ax := hx & 0x7fffffff
	k := int32(1)
	var f, c float64
	var hu int32
	if hx < 0x3fda827a { // x < 0.41422
		if ax >= 0x3ff00000 { // x <= -1.0
			if x == -1 {
				return math.Inf(-1)
			}
			return math.NaN()
		}
		if ax < 0x3e200000 { // |x| < 2^-29
			if ax < 0x3c900000 {
				return x
			}
			return math.FMA(-float64(x*x), 0.5, x)
		}
		if hx > 0 || hx <= int32(-0x402d413d) { // -0.2929 < x < 0.41422
			k, f, hu = 0, x, 1
		}
	} else if hx >= 0x7ff00000 {
		return x + x
	}
	if k != 0 {
		var u float64
		if hx < 0x43400000 {
			u = 1.0 + x
			hu = int32(highWord(u))
			k = (hu >> 20) - 1023
			if k > 0 {
				c = 1.0 - (u - x)
			} else {
				c = x - (u - 1.0)
			}
			c /= u
		} else {
			u = x
			hu = int32(highWord(u))
			k = (hu >> 20) - 1023
		}
		hu &= 0x000fffff
		if hu < 0x6a09e {
			u = withHighWord(u, uint32(hu|0x3ff00000))
		} else {
			k++
			u = withHighWord(u, uint32(hu|0x3fe00000))
			hu = (0x00100000 - hu) >> 2
		}
		f = u - 1.0
	}
	hfsq := float64(0.5*f) * f
	fk := float64(k)
	if hu == 0 { // |f| < 2^-20
		if f == 0 {
			if k == 0 {
				return 0
			}
			return math.FMA(fk, fdlLn2Hi, math.FMA(fk, fdlLn2Lo, c))
		}
		R := math.FMA(-f, 0.66666666666666666, 1.0) * hfsq
		if k == 0 {
			return f - R
		}
		return math.FMA(fk, fdlLn2Hi, -((R - math.FMA(fk, fdlLn2Lo, c)) - f))
	}
	s := f / (2.0 + f)
	z := s * s
	r2 := math.FMA(z, lp3, lp2)
	r3 := math.FMA(z, lp5, lp4)
	r4 := math.FMA(z, lp7, lp6)
	z2 := z * z
	z4 := z2 * z2
	z6 := z2 * z4
	R := math.FMA(z, lp1, float64(z2*r2))
	R = math.FMA(z6, r4, math.FMA(z4, r3, R))
	sr := (R + hfsq) * s
	if k == 0 {
		return f - (hfsq - sr)
	}
	return math.FMA(fk, fdlLn2Hi, -((hfsq - (math.FMA(fk, fdlLn2Lo, c) + sr)) - f))
}

// Sinh is glibc's __ieee754_sinh.
func Sinh(x float64) float64 {
	ix := highWord(x) & 0x7fffffff
	if ix >= 0x7ff00000 {
		return x + x
	}
	h := 0.5
	if math.Signbit(x) {
		h = -h
	}
	ax := math.Abs(x)
	if ix < 0x40360000 { // |x| < 22
		if ix < 0x3e300000 { // |x| < 2^-28
			return x
		}
		t := Expm1(ax)
		if ix < 0x3ff00000 {
			return h * (float64(2.0*t) - float64(t*t)/(t+1))
		}
		return h * (t + t/(t+1))
	}
	if ix < 0x40862e42 { // |x| < log(maxdouble)
		return h * Exp(ax)
	}
	if math.Float64bits(ax) <= 0x408633ce8fb9f87d { // overflow threshold
		w := Exp(0.5 * ax)
		return (h * w) * w
	}
	return x * 1.0e307
}

// Cosh is glibc's __ieee754_cosh.
func Cosh(x float64) float64 {
	ix := highWord(x) & 0x7fffffff
	ax := math.Abs(x)
	if ix < 0x40360000 { // |x| < 22
		if ix < 0x3fd62e43 { // |x| < 0.5 ln2
			if ix < 0x3c800000 {
				return 1
			}
			t := Expm1(ax)
			w := 1 + t
			return 1 + float64(t*t)/(w+w)
		}
		t := Exp(ax)
		return float64(0.5*t) + 0.5/t
	}
	if ix < 0x40862e42 {
		return 0.5 * Exp(ax)
	}
	if math.Float64bits(ax) <= 0x408633ce8fb9f87d {
		w := Exp(0.5 * ax)
		return (0.5 * w) * w
	}
	if ix >= 0x7ff00000 {
		return x * x
	}
	return math.Inf(1)
}

// Tanh is glibc's tanh.
func Tanh(x float64) float64 {
	ix := highWord(x) & 0x7fffffff
	if ix >= 0x7ff00000 {
		if math.Signbit(x) {
			return 1/x - 1
		}
		return 1/x + 1
	}
	var z float64
	if ix < 0x40360000 { // |x| < 22
		if x == 0 {
			return x
		}
		if ix < 0x3c800000 { // |x| < 2^-55
			return x * (1 + x)
		}
		if ix >= 0x3ff00000 { // |x| >= 1
			t := Expm1(2 * math.Abs(x))
			z = 1 - 2/(t+2)
		} else {
			t := Expm1(-2 * math.Abs(x))
			z = -t / (t + 2)
		}
	} else {
		z = 1
	}
	if math.Signbit(x) {
		return -z
	}
	return z
}

// Asinh is glibc's asinh.
func Asinh(x float64) float64 {
	ix := highWord(x) & 0x7fffffff
	if ix < 0x3e300000 { // |x| < 2^-28
		return x
	}
	var w float64
	xa := math.Abs(x)
	switch {
	case ix > 0x41b00000: // |x| > 2^28
		if ix >= 0x7ff00000 {
			return x + x
		}
		w = Log(xa) + fdlLn2
	case ix > 0x40000000: // 2^28 > |x| > 2
		w = Log(float64(2.0*xa) + 1/(math.Sqrt(float64(xa*xa)+1)+xa))
	default:
		t := xa * xa
		w = Log1p(xa + t/(1+math.Sqrt(1+t)))
	}
	return math.Copysign(w, x)
}

// Acosh is glibc's __ieee754_acosh.
func Acosh(x float64) float64 {
	hx := int64(math.Float64bits(x))
	switch {
	case hx > 0x4000000000000000:
		if hx >= 0x41b0000000000000 { // x > 2^28
			if hx >= 0x7ff0000000000000 {
				return x + x
			}
			return Log(x) + fdlLn2
		}
		t := x * x
		return Log(float64(2.0*x) - 1/(x+math.Sqrt(t-1)))
	case hx > 0x3ff0000000000000: // 1 < x < 2
		t := x - 1
		return Log1p(t + math.Sqrt(float64(2.0*t)+float64(t*t)))
	case hx == 0x3ff0000000000000:
		return 0
	}
	return invalid(x)
}

// Atanh is glibc's __ieee754_atanh.
func Atanh(x float64) float64 {
	xa := math.Abs(x)
	var t float64
	switch {
	case xa < 0.5:
		if xa < 0x1p-28 {
			return x
		}
		t = xa + xa
		t = 0.5 * Log1p(t+float64(t*xa)/(1.0-xa))
	case xa < 1.0:
		t = 0.5 * Log1p((xa+xa)/(1.0-xa))
	case xa > 1.0:
		return invalid(x)
	case xa == 1.0:
		return math.Copysign(math.Inf(1), x)
	default: // NaN
		return x + x
	}
	return math.Copysign(t, x)
}
