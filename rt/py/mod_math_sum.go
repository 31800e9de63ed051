package py

import "math"

// The math functions CPython computes itself in mathmodule.c rather than
// take from libm: fsum, hypot/dist (vector_norm), gamma and lgamma. Each is
// ported operation by operation; products that feed a sum are written
// float64(a*b) so that no Go compiler fuses them into an FMA, which the C
// code (compiled without -mfma) never does.

// MathFsum is math.fsum(iterable): Shewchuk's exact partials, then the
// half-even correction across partials, as math_fsum.
func MathFsum(iterable any) float64 {
	var p []float64
	specialSum, infSum := 0.0, 0.0
	for item := range Iter(iterable) {
		x := mathFloat(item)
		xsave := x
		i := 0
		for _, y := range p {
			if math.Abs(x) < math.Abs(y) {
				x, y = y, x
			}
			hi := x + y
			yr := hi - x
			lo := y - yr
			if lo != 0 {
				p[i] = lo
				i++
			}
			x = hi
		}
		p = p[:i]
		if x != 0 {
			if !isFinite(x) {
				// From an intermediate overflow, or a nan or inf summand.
				if isFinite(xsave) {
					panic(New(OverflowError, "intermediate overflow in fsum"))
				}
				if math.IsInf(xsave, 0) {
					infSum += xsave
				}
				specialSum += xsave
				p = p[:0]
			} else {
				p = append(p, x)
			}
		}
	}
	if specialSum != 0 {
		if math.IsNaN(infSum) {
			panic(New(ValueError, "-inf + inf in fsum"))
		}
		return specialSum
	}
	hi, lo := 0.0, 0.0
	n := len(p)
	if n > 0 {
		n--
		hi = p[n]
		// Sum from the top, stopping when the sum becomes inexact.
		for n > 0 {
			x := hi
			n--
			y := p[n]
			hi = x + y
			yr := hi - x
			lo = y - yr
			if lo != 0 {
				break
			}
		}
		// Half-even rounding across partials.
		if n > 0 && (lo < 0 && p[n-1] < 0 || lo > 0 && p[n-1] > 0) {
			y := lo * 2
			x := hi + y
			yr := x - hi
			if y == yr {
				hi = x
			}
		}
	}
	return hi
}

// vectorNorm is vector_norm (CPython 3.11): the Euclidean norm of the
// absolute values in vec, whose maximum is max, with the squares summed in
// extended precision (Veltkamp-Dekker splits) and a final differential
// correction of the square root.
func vectorNorm(vec []float64, max float64, foundNaN bool) float64 {
	const t27 = 134217729.0 // ldexp(1.0, 27) + 1.0
	if math.IsInf(max, 0) {
		return max
	}
	if foundNaN {
		return math.NaN()
	}
	if max == 0 || len(vec) <= 1 {
		return max
	}
	csum, frac1, frac2, frac3 := 1.0, 0.0, 0.0, 0.0
	_, maxE := math.Frexp(max)
	if maxE >= -1023 {
		scale := math.Ldexp(1.0, -maxE)
		for _, x := range vec {
			x *= scale
			t := x * t27
			hi := t - (t - x)
			lo := x - hi

			x = hi * hi
			old := csum
			csum += x
			frac1 += (old - csum) + x

			x = float64(2.0*hi) * lo
			old = csum
			csum += x
			frac2 += (old - csum) + x

			frac3 += float64(lo * lo)
		}
		h := math.Sqrt(csum - 1.0 + (frac1 + frac2 + frac3))

		x := h
		t := x * t27
		hi := t - (t - x)
		lo := x - hi

		x = float64(-hi * hi)
		old := csum
		csum += x
		frac1 += (old - csum) + x

		x = float64(-2.0*hi) * lo
		old = csum
		csum += x
		frac2 += (old - csum) + x

		x = float64(-lo * lo)
		old = csum
		csum += x
		frac3 += (old - csum) + x

		x = csum - 1.0 + (frac1 + frac2 + frac3)
		return (h + x/(2.0*h)) / scale
	}
	// ldexp(1.0, -max_e) would overflow: divide by max instead.
	for _, x := range vec {
		x /= max
		x = x * x
		old := csum
		csum += x
		frac1 += (old - csum) + x
	}
	return max * math.Sqrt(csum-1.0+frac1)
}

// normOf collects the absolute values of coordinates for vectorNorm.
func normOf(xs []float64) float64 {
	max, foundNaN := 0.0, false
	for i, x := range xs {
		x = math.Abs(x)
		xs[i] = x
		foundNaN = foundNaN || math.IsNaN(x)
		if x > max {
			max = x
		}
	}
	return vectorNorm(xs, max, foundNaN)
}

// MathHypot is math.hypot(*coordinates).
func MathHypot(coords ...any) float64 {
	xs := make([]float64, len(coords))
	for i, c := range coords {
		xs[i] = mathFloat(c)
	}
	return normOf(xs)
}

// MathDist is math.dist(p, q).
func MathDist(p, q any) float64 {
	ps, qs := tupleItems(p), tupleItems(q)
	if len(ps) != len(qs) {
		panic(New(ValueError, "both points must have the same number of dimensions"))
	}
	xs := make([]float64, len(ps))
	for i := range ps {
		xs[i] = mathFloat(ps[i]) - mathFloat(qs[i])
	}
	return normOf(xs)
}

// tupleItems is PySequence_Tuple's items (a tuple as it is).
func tupleItems(x any) []any {
	if t, ok := x.(Tuple); ok {
		return t
	}
	var items []any
	for v := range Iter(x) {
		items = append(items, v)
	}
	return items
}

// Lanczos' approximation as mathmodule.c: g and the coefficients of the
// rational function, numerator and denominator.
const (
	lanczosG          = 6.024680040776729583740234375
	lanczosGMinusHalf = 5.524680040776729583740234375
	logPi             = 1.144729885849400174143427351353058711647
)

var lanczosNum = [...]float64{
	23531376880.410759688572007674451636754734846804940,
	42919803642.649098768957899047001988850926355848959,
	35711959237.355668049440185451547166705960488635843,
	17921034426.037209699919755754458931112671403265390,
	6039542586.3520280050642916443072979210699388420708,
	1439720407.3117216736632230727949123939715485786772,
	248874557.86205415651146038641322942321632125127801,
	31426415.585400194380614231628318205362874684987640,
	2876370.6289353724412254090516208496135991145378768,
	186056.26539522349504029498971604569928220784236328,
	8071.6720023658162106380029022722506138218516325024,
	210.82427775157934587250973392071336271166969580291,
	2.5066282746310002701649081771338373386264310793408,
}

var lanczosDen = [...]float64{
	0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
	13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
}

// gammaIntegral holds gamma(1) .. gamma(23), which are exact floats.
var gammaIntegral = [...]float64{
	1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0,
	3628800.0, 39916800.0, 479001600.0, 6227020800.0, 87178291200.0,
	1307674368000.0, 20922789888000.0, 355687428096000.0,
	6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
	51090942171709440000.0, 1124000727777607680000.0,
}

func lanczosSum(x float64) float64 {
	num, den := 0.0, 0.0
	if x < 5.0 {
		for i := len(lanczosNum) - 1; i >= 0; i-- {
			num = float64(num*x) + lanczosNum[i]
			den = float64(den*x) + lanczosDen[i]
		}
	} else {
		for i := range lanczosNum {
			num = num/x + lanczosNum[i]
			den = den/x + lanczosDen[i]
		}
	}
	return num / den
}

// mathErrno is what m_tgamma and m_lgamma leave in errno.
type mathErrno int

const (
	errOK mathErrno = iota
	errDomain
	errRange
)

// raise is is_error: EDOM a ValueError, ERANGE an OverflowError unless the
// result underflowed (|r| < 1.5).
func (e mathErrno) raise(r float64) float64 {
	switch {
	case e == errDomain:
		panic(mathDomain())
	case e == errRange && math.Abs(r) >= 1.5:
		panic(mathRange())
	}
	return r
}

// mTgamma is m_tgamma.
func mTgamma(x float64) (float64, mathErrno) {
	if !isFinite(x) {
		if math.IsNaN(x) || x > 0 {
			return x, errOK
		}
		return math.NaN(), errDomain
	}
	if x == 0 {
		return math.Copysign(math.Inf(1), x), errDomain
	}
	if x == math.Floor(x) {
		if x < 0 {
			return math.NaN(), errDomain
		}
		if x <= float64(len(gammaIntegral)) {
			return gammaIntegral[int(x)-1], errOK
		}
	}
	absx := math.Abs(x)
	if absx < 1e-20 {
		r := 1.0 / x
		if math.IsInf(r, 0) {
			return r, errRange
		}
		return r, errOK
	}
	if absx > 200.0 {
		if x < 0 {
			return 0.0 / mSinpi(x), errOK
		}
		return math.Inf(1), errRange
	}
	y := absx + lanczosGMinusHalf
	var z float64
	if absx > lanczosGMinusHalf {
		q := y - absx
		z = q - lanczosGMinusHalf
	} else {
		q := y - lanczosGMinusHalf
		z = q - absx
	}
	z = z * lanczosG / y
	var r float64
	if x < 0 {
		r = -math.Pi / mSinpi(absx) / absx * Exp(y) / lanczosSum(absx)
		r -= float64(z * r)
		if absx < 140.0 {
			r /= LibmPow(y, absx-0.5)
		} else {
			sqrtpow := LibmPow(y, absx/2.0-0.25)
			r /= sqrtpow
			r /= sqrtpow
		}
	} else {
		r = lanczosSum(absx) / Exp(y)
		r += float64(z * r)
		if absx < 140.0 {
			r *= LibmPow(y, absx-0.5)
		} else {
			sqrtpow := LibmPow(y, absx/2.0-0.25)
			r *= sqrtpow
			r *= sqrtpow
		}
	}
	if math.IsInf(r, 0) {
		return r, errRange
	}
	return r, errOK
}

// mLgamma is m_lgamma.
func mLgamma(x float64) (float64, mathErrno) {
	if !isFinite(x) {
		if math.IsNaN(x) {
			return x, errOK
		}
		return math.Inf(1), errOK
	}
	if x == math.Floor(x) && x <= 2.0 {
		if x <= 0 {
			return math.Inf(1), errDomain
		}
		return 0, errOK
	}
	absx := math.Abs(x)
	if absx < 1e-20 {
		return -Log(absx), errOK
	}
	r := Log(lanczosSum(absx)) - lanczosG
	r += float64((absx - 0.5) * (Log(absx+lanczosG-0.5) - 1))
	if x < 0 {
		r = logPi - Log(math.Abs(mSinpi(absx))) - Log(absx) - r
	}
	if math.IsInf(r, 0) {
		return r, errRange
	}
	return r, errOK
}

// MathGamma is math.gamma(x) (math_1a: errno as m_tgamma left it).
func MathGamma(x any) float64 { return raiseErrno(mTgamma(mathFloat(x))) }

// MathLgamma is math.lgamma(x).
func MathLgamma(x any) float64 { return raiseErrno(mLgamma(mathFloat(x))) }

func raiseErrno(r float64, e mathErrno) float64 { return e.raise(r) }

// mSinpi is m_sinpi, sin(pi*x) for finite x, from libm's sin and cos (the
// glibc ports) of an argument in [-pi/4, pi/4].
func mSinpi(x float64) float64 {
	y := math.Mod(math.Abs(x), 2.0)
	n := int(math.Round(2.0 * y))
	var r float64
	switch n {
	case 0:
		r = Sin(math.Pi * y)
	case 1:
		r = Cos(math.Pi * (y - 0.5))
	case 2:
		// -sin(pi*(y-1.0)) would give -0.0 for y == 1.0.
		r = Sin(math.Pi * (1.0 - y))
	case 3:
		r = -Cos(math.Pi * (y - 1.5))
	default:
		r = Sin(math.Pi * (y - 2.0))
	}
	return math.Copysign(1.0, x) * r
}
