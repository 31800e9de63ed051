package py

import "math"

// Cbrt is glibc 2.36's cbrt (sysdeps/ieee754/dbl-64/s_cbrt.c), which CPython
// 3.11's math.cbrt calls: a polynomial first guess on the frexp mantissa,
// one rational refinement, a table factor for the exponent's remainder mod
// 3, and ldexp. It has no FMA variant; the constants are the object code's
// (read from libm.a's .rodata), and every product is rounded on its own as
// the SSE2 code does.
func Cbrt(x float64) float64 {
	xm, xe := math.Frexp(math.Abs(x))
	if xe == 0 && (math.IsNaN(x) || math.IsInf(x, 0) || x == 0) {
		return x + x
	}
	u := float64(cbrtC6 * xm)
	u = float64((cbrtC5-u)*xm) - cbrtC4
	u = float64(u*xm) + cbrtC3
	u = float64(u*xm) - cbrtC2
	u = float64(u*xm) + cbrtC1
	u = float64(u*xm) + cbrtC0
	t2 := float64(float64(u*u) * u)
	ym := float64(u*(t2+2.0*xm)) / (2.0*t2 + xm) * cbrtFactor[2+xe%3]
	if !(x > 0) {
		ym = -ym
	}
	return math.Ldexp(ym, xe/3)
}

var (
	cbrtC0 = math.Float64frombits(0x3fd6b69cba168ff2) // 0.354895765043919860
	cbrtC1 = math.Float64frombits(0x3ff8218dde9028b4) // 1.50819193781584896
	cbrtC2 = math.Float64frombits(0x4000eb8277cd8d5d) // 2.11499494167371287
	cbrtC3 = math.Float64frombits(0x40039350adad51ec) // 2.44693122563534430
	cbrtC4 = math.Float64frombits(0x3ffd5ae6cfa20f0c) // 1.83469277483613086
	cbrtC5 = math.Float64frombits(0x3fe91e2a6fe7e984) // 0.784932344976639262
	cbrtC6 = math.Float64frombits(0x3fc29801e893366d) // 0.145263899385486377

	// 1/cbrt(2)^2, 1/cbrt(2), 1, cbrt(2), cbrt(2)^2
	cbrtFactor = [5]float64{
		math.Float64frombits(0x3fe428a2f98d728a), math.Float64frombits(0x3fe965fea53d6e3c), 1,
		math.Float64frombits(0x3ff428a2f98d728b), math.Float64frombits(0x3ff965fea53d6e3d),
	}
)
