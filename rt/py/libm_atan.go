package py

import "math"

// Ports of glibc 2.36's atan and atan2 (sysdeps/ieee754/dbl-64/s_atan.c
// and e_atan2.c, __atan_fma and __ieee754_atan2_fma on x86_64 CPUs with FMA
// and AVX2), which CPython 3.11's math.atan and math.atan2 call. As for sin
// and cos (libm_sincos.go), the fused operations are those of GCC 12's
// optimized tree for the FMA variants; every other operation rounds on its
// own.

const (
	atanD3  = -3.33333333333333314829616256247390992939472198486328125e-1
	atanD5  = 1.999999999999885480495009915102855302393436431884765625e-1
	atanD7  = -1.428571428395316311732443637083633802831172943115234375e-1
	atanD9  = 1.1111109821886426540782366600979003123939037322998046875e-1
	atanD11 = -9.090424391727987274425260011412319727241992950439453125e-2
	atanD13 = 7.60183658438073617258368130933376960456371307373046875e-2
	atanHpi = 1.5707963267948965579989817342720925807952880859375 // pi/2
	atanOpi = 3.141592653589793115997963468544185161590576171875  // pi
	// atanHpi1 and atanOpi1 are the tails pi/2-hpi and pi-opi.
	atanHpi1 = 6.12323399573676603586882014729198302312846062338790031898e-17
	atanOpi1 = 1.2246467991473532071737640294583966046256921246775800638e-16
	two52    = 0x1p52
)

// atanPoly is polynomial I (d3 ... d13) in v = u^2.
func atanPoly(v float64) float64 {
	return math.FMA(v, math.FMA(v, math.FMA(v, math.FMA(v, math.FMA(v, atanD13, atanD11), atanD9), atanD7), atanD5), atanD3)
}

// atanRow is the row of cij for u in [1/16, 1): i = round(256u) - 16.
func atanRow(u float64) *[7]float64 {
	return &atanCij[int(math.FMA(u, 256, two52)-two52)-16]
}

// atanSeries is cij[2] + z*(cij[3] + z*(... + z*cij[6])), fused.
func atanSeries(c *[7]float64, z float64) float64 {
	return math.FMA(math.FMA(math.FMA(math.FMA(c[6], z, c[5]), z, c[4]), z, c[3]), z, c[2])
}

// Atan is glibc's atan (__atan_fma).
func Atan(x float64) float64 {
	if math.IsNaN(x) {
		return x + x
	}
	u := math.Abs(x)
	switch {
	case u < 0x1.bb67ap-27: // A: 1.290e-8
		return x
	case u < 1.0/16: // B
		v := x * x
		return math.FMA(float64(x*v), atanPoly(v), x)
	case u < 1: // C
		c := atanRow(u)
		z := u - c[0]
		yy := math.FMA(z, math.FMA(z, math.FMA(c[6], z, c[5]), c[4]), c[3])
		return math.Copysign(math.FMA(z, math.FMA(z, yy, c[2]), c[1]), x)
	case u < 16: // D
		w := 1 / u
		t1 := u * w
		t2 := math.FMA(u, w, -t1)
		c := atanRow(w)
		z := math.FMA((1-t1)-t2, w, w-c[0])
		yy := math.FMA(z, math.FMA(z, math.FMA(c[6], z, c[5]), c[4]), c[3])
		yy = fnma(z, math.FMA(z, yy, c[2]), atanHpi1)
		return math.Copysign(yy+(atanHpi-c[1]), x)
	case u < 0x1.49ff2p+52: // E: 5.805e15
		w := 1 / u
		v := w * w
		t1 := u * w
		t2 := math.FMA(u, w, -t1)
		yy := float64(w*v) * atanPoly(v)
		ww := ((1 - t1) - t2) * w
		t3, cor := esub(atanHpi, w)
		return math.Copysign(t3+(((cor+atanHpi1)-ww)-yy), x)
	case x > 0:
		return atanHpi
	}
	return -atanHpi
}

// esub is dla.h's ESUB: z+zz = x-y exactly.
func esub(x, y float64) (z, zz float64) {
	z = x - y
	if math.Abs(x) > math.Abs(y) {
		return z, (x - z) - y
	}
	return z, x - (y + z)
}

// Atan2 is glibc's __ieee754_atan2 (__ieee754_atan2_fma).
func Atan2(y, x float64) float64 {
	const (
		qpi   = 7.8539816339744827899949086713604629039764404296875e-1 // pi/4
		tqpi  = 2.35619449019234483699847260140813887119293212890625   // 3pi/4
		inv16 = 1.0 / 16
	)
	switch {
	case math.IsNaN(x):
		return x + y
	case math.IsNaN(y):
		return y + y
	case y == 0:
		if math.Signbit(x) {
			return math.Copysign(atanOpi, y)
		}
		return math.Copysign(0, y)
	case x == 0:
		return math.Copysign(atanHpi, y)
	case math.IsInf(x, 0):
		switch {
		case math.IsInf(y, 0) && x > 0:
			return math.Copysign(qpi, y)
		case math.IsInf(y, 0):
			return math.Copysign(tqpi, y)
		case x > 0:
			return math.Copysign(0, y)
		}
		return math.Copysign(atanOpi, y)
	case math.IsInf(y, 0):
		return math.Copysign(atanHpi, y)
	}
	ax, ay := math.Abs(x), math.Abs(y)
	de := int32(highWord(y)&0x7ff00000) - int32(highWord(x)&0x7ff00000)
	switch {
	case de >= 57<<20:
		if y > 0 {
			return atanHpi
		}
		return -atanHpi
	case de <= -57<<20:
		if x > 0 {
			return math.Copysign(ay/ax, y)
		}
		if y > 0 {
			return atanOpi
		}
		return -atanOpi
	}
	if ax < 0x1p-500 || ay < 0x1p-500 {
		ax *= 0x1p500
		ay *= 0x1p500
	}
	if ax > 0x1p500 || ay > 0x1p500 {
		ax *= 0x1p-500
		ay *= 0x1p-500
	}
	// u+du = ay/ax or ax/ay, whichever is below 1.
	var u, du float64
	if ay < ax {
		u = ay / ax
		v := ax * u
		du = ((ay - v) - math.FMA(ax, u, -v)) / ax
	} else {
		u = ax / ay
		v := ay * u
		du = ((ax - v) - math.FMA(ay, u, -v)) / ay
	}
	var z float64
	switch {
	case x > 0 && ay < ax: // (i) atan(ay/ax)
		if u < inv16 {
			v := u * u
			z = u + math.FMA(float64(u*v), atanPoly(v), du)
			break
		}
		c := atanRow(u)
		v, dv := eadd(u-c[0], du)
		p := float64(v*v) * math.FMA(math.FMA(math.FMA(c[6], v, c[5]), v, c[4]), v, c[3])
		z = c[1] + math.FMA(v, c[2], math.FMA(dv, c[2], p))
	case x > 0: // (ii) pi/2 - atan(ax/ay)
		if u < inv16 {
			v := u * u
			zz := float64(u*v) * atanPoly(v)
			t2, cor := esub(atanHpi, u)
			z = t2 + (((atanHpi1 + cor) - du) - zz)
			break
		}
		c := atanRow(u)
		v := (u - c[0]) + du
		z = fnma(atanSeries(c, v), v, atanHpi1) + (atanHpi - c[1])
	case ax < ay: // (iii) pi/2 + atan(ax/ay)
		if u < inv16 {
			v := u * u
			zz := float64(v*u) * atanPoly(v)
			t2, cor := eadd(atanHpi, u)
			z = t2 + (((atanHpi1 + cor) + du) + zz)
			break
		}
		c := atanRow(u)
		v := (u - c[0]) + du
		z = math.FMA(atanSeries(c, v), v, atanHpi1) + (c[1] + atanHpi)
	default: // (iv) pi - atan(ay/ax)
		if u < inv16 {
			v := u * u
			zz := float64(v*u) * atanPoly(v)
			t2, cor := esub(atanOpi, u)
			z = t2 + (((atanOpi1 + cor) - du) - zz)
			break
		}
		c := atanRow(u)
		v := (u - c[0]) + du
		z = fnma(atanSeries(c, v), v, atanOpi1) + (atanOpi - c[1])
	}
	return math.Copysign(z, y)
}
