package py

import "math"

// The trigonometric and hyperbolic functions of the math module, log1p and
// expm1: mathmodule.c's FUNC1 entries over the glibc ports (libm_sincos.go,
// libm_tan.go, libm_atan.go, libm_asin.go, libm_hyper.go), with math_1's
// errors (a NaN from a non-NaN is a domain error; an infinity from a finite
// argument a range error where CPython passes can_overflow, else a domain
// error).

// MathSin is math.sin(x).
func MathSin(x any) float64 { return math1(x, Sin, false) }

// MathCos is math.cos(x).
func MathCos(x any) float64 { return math1(x, Cos, false) }

// MathTan is math.tan(x).
func MathTan(x any) float64 { return math1(x, Tan, false) }

// MathAsin is math.asin(x).
func MathAsin(x any) float64 { return math1(x, Asin, false) }

// MathAcos is math.acos(x).
func MathAcos(x any) float64 { return math1(x, Acos, false) }

// MathAtan is math.atan(x).
func MathAtan(x any) float64 { return math1(x, Atan, false) }

// MathSinh is math.sinh(x).
func MathSinh(x any) float64 { return math1(x, Sinh, true) }

// MathCosh is math.cosh(x).
func MathCosh(x any) float64 { return math1(x, Cosh, true) }

// MathTanh is math.tanh(x).
func MathTanh(x any) float64 { return math1(x, Tanh, false) }

// MathAsinh is math.asinh(x).
func MathAsinh(x any) float64 { return math1(x, Asinh, false) }

// MathAcosh is math.acosh(x).
func MathAcosh(x any) float64 { return math1(x, Acosh, false) }

// MathAtanh is math.atanh(x).
func MathAtanh(x any) float64 { return math1(x, Atanh, false) }

// MathExpm1 is math.expm1(x).
func MathExpm1(x any) float64 { return math1(x, Expm1, true) }

// MathLog1p is math.log1p(x) (m_log1p: a zero keeps its sign).
func MathLog1p(x any) float64 {
	return math1(x, func(v float64) float64 {
		if v == 0 {
			return v
		}
		return Log1p(v)
	}, false)
}

// MathAtan2 is math.atan2(y, x): m_atan2 settles the special values the
// way C99 Annex F says before it calls libm.
func MathAtan2(y, x any) float64 { return math2(y, x, mAtan2) }

func mAtan2(y, x float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsNaN(y):
		return math.NaN()
	case math.IsInf(y, 0):
		if math.IsInf(x, 0) {
			if !math.Signbit(x) {
				return math.Copysign(0.25*MathPi, y)
			}
			return math.Copysign(0.75*MathPi, y)
		}
		return math.Copysign(0.5*MathPi, y)
	case math.IsInf(x, 0) || y == 0:
		if !math.Signbit(x) {
			return math.Copysign(0, y)
		}
		return math.Copysign(MathPi, y)
	}
	return Atan2(y, x)
}
