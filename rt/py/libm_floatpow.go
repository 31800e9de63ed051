package py

import "math"

// floatPow is CPython's float_pow (Objects/floatobject.c) for x ** y on
// floats, and for int ** negative int, which long_pow hands to it: the
// special cases CPython settles itself, then the C library's pow (LibmPow,
// bit for bit) on |x|, with the sign put back for an odd integer exponent.
func floatPow(x, y float64) any {
	switch {
	case y == 0: // x**0 is 1, even 0**0 and nan**0
		return 1.0
	case math.IsNaN(x):
		return x
	case math.IsNaN(y): // 1**nan is 1
		if x == 1 {
			return 1.0
		}
		return y
	case math.IsInf(y, 0):
		ax := math.Abs(x)
		if ax == 1 {
			return 1.0
		}
		if (y > 0) == (ax > 1) {
			return math.Inf(1)
		}
		return 0.0
	case math.IsInf(x, 0):
		odd := isOddInteger(y)
		if y > 0 {
			if odd {
				return x
			}
			return math.Abs(x)
		}
		if odd {
			return math.Copysign(0, x)
		}
		return 0.0
	case x == 0:
		if y < 0 {
			panic(New(ZeroDivisionError, "0.0 cannot be raised to a negative power"))
		}
		if isOddInteger(y) {
			return x
		}
		return 0.0
	}
	negate := false
	if x < 0 {
		if y != math.Floor(y) {
			// CPython hands this to complex.__pow__.
			complexUnsupported("a negative number raised to a fractional power")
		}
		x, negate = -x, isOddInteger(y)
	}
	if x == 1 { // also (-1) ** huge even/odd integer
		if negate {
			return -1.0
		}
		return 1.0
	}
	r := LibmPow(x, y)
	if math.IsInf(r, 0) { // glibc sets ERANGE; an underflow to 0 is not an error
		panic(New(OverflowError, Tuple{34, "Numerical result out of range"}))
	}
	if negate {
		r = -r
	}
	return r
}

// isOddInteger is CPython's DOUBLE_IS_ODD_INTEGER.
func isOddInteger(y float64) bool { return math.Mod(math.Abs(y), 2) == 1 }

// complexUnsupported stops a program at an operation whose result CPython
// makes a complex number: pyasync2go has no complex type (the frontend
// rejects imaginary literals and complex()), and a complex result computed
// through Go's math would not be CPython's. It is an Unsupported stop, not a
// Python exception, so no except clause can turn it into other behaviour.
func complexUnsupported(what string) {
	Unsupported("complex numbers (" + what + " is complex)")
}
