// Package libmcheck exposes the C library's math functions to Go tests, so
// rt/py's pure-Go ports of glibc's libm can be compared with the real thing
// bit for bit (a _test.go file cannot use cgo). It is test support only:
// nothing in rt imports it, and the driver does not embed it.
package libmcheck

/*
#cgo LDFLAGS: -lm
#include <math.h>
#include <gnu/libc-version.h>

static int has_fma(void) {
	__builtin_cpu_init();
	return __builtin_cpu_supports("fma") && __builtin_cpu_supports("avx2");
}
*/
import "C"

// GlibcVersion is the version of the C library the process runs on.
func GlibcVersion() string { return C.GoString(C.gnu_get_libc_version()) }

// FMAVariant reports whether glibc's ifuncs pick the FMA-compiled variants
// (__pow_fma, __exp_fma, ...) on this CPU, the variants rt/py reproduces.
func FMAVariant() bool { return C.has_fma() != 0 }

func Pow(x, y float64) float64   { return float64(C.pow(C.double(x), C.double(y))) }
func Exp(x float64) float64      { return float64(C.exp(C.double(x))) }
func Exp2(x float64) float64     { return float64(C.exp2(C.double(x))) }
func Log(x float64) float64      { return float64(C.log(C.double(x))) }
func Log2(x float64) float64     { return float64(C.log2(C.double(x))) }
func Log10(x float64) float64    { return float64(C.log10(C.double(x))) }
func Erf(x float64) float64      { return float64(C.erf(C.double(x))) }
func Erfc(x float64) float64     { return float64(C.erfc(C.double(x))) }
func Cbrt(x float64) float64     { return float64(C.cbrt(C.double(x))) }
func Expm1(x float64) float64    { return float64(C.expm1(C.double(x))) }
func Log1p(x float64) float64    { return float64(C.log1p(C.double(x))) }
func Sinh(x float64) float64     { return float64(C.sinh(C.double(x))) }
func Cosh(x float64) float64     { return float64(C.cosh(C.double(x))) }
func Tanh(x float64) float64     { return float64(C.tanh(C.double(x))) }
func Asinh(x float64) float64    { return float64(C.asinh(C.double(x))) }
func Acosh(x float64) float64    { return float64(C.acosh(C.double(x))) }
func Atanh(x float64) float64    { return float64(C.atanh(C.double(x))) }
func Sin(x float64) float64      { return float64(C.sin(C.double(x))) }
func Cos(x float64) float64      { return float64(C.cos(C.double(x))) }
func Tan(x float64) float64      { return float64(C.tan(C.double(x))) }
func Atan(x float64) float64     { return float64(C.atan(C.double(x))) }
func Atan2(y, x float64) float64 { return float64(C.atan2(C.double(y), C.double(x))) }
func Asin(x float64) float64     { return float64(C.asin(C.double(x))) }
func Acos(x float64) float64     { return float64(C.acos(C.double(x))) }
