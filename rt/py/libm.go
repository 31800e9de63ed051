package py

// Exact ports of glibc 2.36's exp, exp2, log, log2 and pow (x86_64), the
// functions CPython calls for float ** and the math module. glibc takes them
// from ARM's optimized-routines; they are not correctly rounded, so Go's math
// versions differ from them in the last bit now and then, and CPython prints
// that bit (repr is shortest round-trip).
//
// On x86_64 glibc picks, by ifunc, a variant compiled with -mfma on CPUs that
// have FMA and AVX2 (__pow_fma, __exp_fma, __log_fma, __log2_fma; exp2 has no
// such variant). GCC compiles those with -ffp-contract=fast, so besides the
// __builtin_fma calls of the source some a*b+c are fused. The code below
// follows the disassembly of that variant operation by operation: every
// math.FMA is a vfmadd/vfmsub of the object code, every other product is
// rounded on its own (written float64(a*b) where it feeds an addition, which
// stops Go fusing it on arm64/ppc64/s390x). math.FMA is exact on every
// CPU, so these functions return the same bits everywhere, namely those of
// glibc on an FMA machine (any x86_64 since Haswell/Piledriver). The tables
// are read out of libm.a by internal/libmgen; internal/libmcheck compares
// these functions with the C library bit for bit.
//
// Results follow C: no Python exceptions; overflow gives ±Inf, domain errors
// NaN. Callers (float **, the math module) add CPython's errno checks.

//go:generate go run ./internal/libmgen

import "math"

const (
	bitsOne = 0x3ff0000000000000 // 1.0
	bitsInf = 0x7ff0000000000000 // +Inf
	// signBias marks a negative result in exp's scale (0x800 << 7).
	signBias = 0x800 << 7
)

func top12(x float64) uint32 { return uint32(math.Float64bits(x) >> 52) }

// overflow and underflow are __math_oflow/__math_uflow: ±Inf and ±0 made by
// an overflowing or underflowing product, as glibc does.
func overflow(neg bool) float64 {
	if neg {
		return math.Inf(-1)
	}
	return math.Inf(1)
}

func underflow(neg bool) float64 {
	if neg {
		return math.Copysign(0, -1)
	}
	return 0
}

// invalid is __math_invalid: (x-x)/(x-x), NaN (x's NaN when x is one).
func invalid(x float64) float64 {
	d := x - x
	return d / d
}

// Exp is glibc's exp.
func Exp(x float64) float64 {
	ix := math.Float64bits(x)
	abstop := top12(x) & 0x7ff
	if abstop-0x3c9 >= 0x408-0x3c9 { // |x| < 2^-54 or |x| >= 512 or Inf/NaN
		if abstop-0x3c9 >= 0x80000000 {
			return 1.0 + x
		}
		if abstop >= 0x409 {
			switch {
			case ix == 0xfff0000000000000:
				return 0
			case abstop >= 0x7ff:
				return 1.0 + x
			case ix>>63 != 0:
				return underflow(false)
			default:
				return overflow(false)
			}
		}
		abstop = 0 // large |x|: the result may need rescaling
	}
	return expKernel(x, 0, 0, abstop == 0)
}

// expKernel is the core of exp and of pow's exp_inline: exp(x+xtail),
// negated when sign is signBias. special means the scale may leave the
// normal range.
func expKernel(x, xtail float64, sign uint64, special bool) float64 {
	// exp(x) = 2^(k/N) * exp(r), x = k*ln2/N + r, |r| <= ln2/2N.
	kd := math.FMA(x, expInvLn2N, expShift)
	ki := math.Float64bits(kd)
	kd -= expShift
	r := math.FMA(kd, expNegLn2loN, math.FMA(kd, expNegLn2hiN, x))
	r += xtail
	idx := 2 * (ki % 128)
	top := (ki + sign) << 45
	tail := math.Float64frombits(expTab[idx])
	sbits := expTab[idx+1] + top
	r2 := r * r
	tmp := math.FMA(math.FMA(r, expPoly[3], expPoly[2]), r2*r2,
		math.FMA(math.FMA(r, expPoly[1], expPoly[0]), r2, tail+r))
	if special {
		return expSpecial(tmp, sbits, ki, true)
	}
	scale := math.Float64frombits(sbits)
	return math.FMA(scale, tmp, scale)
}

// expSpecial is exp's specialcase: scale*(1+tmp) when 2^(k/N) over- or
// underflows; in the subnormal range it rounds once. fused tells the FMA
// variant (exp, pow) from the plain one (exp2) for k > 0.
func expSpecial(tmp float64, sbits, ki uint64, fused bool) float64 {
	if ki&0x80000000 == 0 {
		if fused {
			scale := math.Float64frombits(sbits - 1009<<52)
			return 0x1p1009 * math.FMA(scale, tmp, scale)
		}
		scale := math.Float64frombits(sbits - 1<<52)
		y := scale + float64(scale*tmp)
		return y + y
	}
	sbits += 1022 << 52
	scale := math.Float64frombits(sbits)
	st := float64(scale * tmp)
	y := scale + st
	if math.Abs(y) < 1.0 {
		one := 1.0
		if y < 0 {
			one = -1.0
		}
		lo := scale - y + st
		hi := one + y
		lo = one - hi + y + lo
		y = (hi + lo) - one
		if y == 0 {
			y = math.Float64frombits(sbits & (1 << 63))
		}
	}
	return 0x1p-1022 * y
}

// Exp2 is glibc's exp2 (no FMA variant: every operation rounds on its own).
func Exp2(x float64) float64 {
	ix := math.Float64bits(x)
	abstop := top12(x) & 0x7ff
	if abstop-0x3c9 >= 0x408-0x3c9 {
		if abstop-0x3c9 >= 0x80000000 {
			return 1.0 + x
		}
		if abstop >= 0x409 {
			switch {
			case ix == 0xfff0000000000000:
				return 0
			case abstop >= 0x7ff:
				return 1.0 + x
			case ix>>63 == 0:
				return overflow(false)
			case ix >= 0xc090cc0000000000: // x <= -1075
				return underflow(false)
			}
		}
		if 2*ix > 2*0x408d000000000000 { // |x| > 928
			abstop = 0
		}
	}
	kd := float64(x + exp2Shift)
	ki := math.Float64bits(kd)
	kd -= exp2Shift
	r := x - kd
	idx := 2 * (ki % 128)
	tail := math.Float64frombits(expTab[idx])
	sbits := expTab[idx+1] + ki<<45
	r2 := float64(r * r)
	p := exp2Poly
	tmp := tail + float64(r*p[0]) + float64(r2*(p[1]+float64(r*p[2]))) +
		float64(float64(r2*r2)*(p[3]+float64(r*p[4])))
	if abstop == 0 {
		return expSpecial(tmp, sbits, ki, false)
	}
	scale := math.Float64frombits(sbits)
	return scale + float64(scale*tmp)
}

// Log is glibc's log.
func Log(x float64) float64 {
	ix := math.Float64bits(x)
	top := uint32(ix >> 48)
	const lo, hi = 0x3fee000000000000, 0x3ff1090000000000 // 1-2^-4, 1+0x1.09p-4
	if ix-lo < hi-lo {
		if ix == bitsOne {
			return 0
		}
		B := &logPoly1
		r := x - 1.0
		r2 := r * r
		r3 := r * r2
		q := math.FMA(r3, B[10], math.FMA(r2, B[9], math.FMA(r, B[8], B[7])))
		q = math.FMA(q, r3, math.FMA(r2, B[6], math.FMA(r, B[5], B[4])))
		q = math.FMA(q, r3, math.FMA(r2, B[3], math.FMA(r, B[2], B[1])))
		// rhi = r + w - w with w = r*2^27, both additions fused.
		rhi := math.FMA(-0x1p27, r, math.FMA(r, 0x1p27, r))
		rlo := r - rhi
		rr := rhi * rhi
		h := math.FMA(rr, B[0], r)
		l := math.FMA(rr, B[0], r-h)
		l = math.FMA(B[0]*rlo, rhi+r, l)
		return h + math.FMA(q, r3, l)
	}
	if top-0x0010 >= 0x7ff0-0x0010 {
		switch {
		case ix*2 == 0:
			return math.Inf(-1)
		case ix == bitsInf:
			return x
		case top&0x8000 != 0 || top&0x7ff0 == 0x7ff0:
			return invalid(x)
		}
		ix = math.Float64bits(x*0x1p52) - 52<<52 // subnormal: normalize
	}
	tmp := ix - 0x3fe6000000000000
	i := (tmp >> 45) % 128
	k := int64(tmp) >> 52
	z := math.Float64frombits(ix - tmp&(0xfff<<52))
	invc, logc := logTab[i][0], logTab[i][1]
	kd := float64(k)
	// log(x) = log1p(z/c-1) + log(c) + k*ln2
	r := math.FMA(z, invc, -1.0)
	w := math.FMA(kd, logLn2hi, logc)
	h := w + r
	l := math.FMA(kd, logLn2lo, w-h+r)
	r2 := r * r
	A := &logPoly
	p := math.FMA(math.FMA(r, A[4], A[3]), r2, math.FMA(r, A[2], A[1]))
	return math.FMA(r*r2, p, math.FMA(r2, A[0], l)) + h
}

// Log2 is glibc's log2.
func Log2(x float64) float64 {
	ix := math.Float64bits(x)
	top := uint32(ix >> 48)
	const lo, hi = 0x3feea4af00000000, 0x3ff0b55900000000 // 1-0x1.5b51p-5, 1+0x1.6ab2p-5
	if ix-lo < hi-lo {
		if ix == bitsOne {
			return 0
		}
		B := &log2Poly1
		r := x - 1.0
		h := log2InvLn2hi * r
		r2 := r * r
		l := math.FMA(r, log2InvLn2lo, math.FMA(log2InvLn2hi, r, -h))
		r4 := r2 * r2
		q01 := math.FMA(r, B[1], B[0])
		y := math.FMA(q01, r2, h)
		l = math.FMA(q01, r2, h-y) + l
		q := math.FMA(math.FMA(r, B[5], B[4]), r2, math.FMA(r, B[3], B[2]))
		q2 := math.FMA(math.FMA(r, B[9], B[8]), r2, math.FMA(r, B[7], B[6]))
		l = math.FMA(math.FMA(q2, r4, q), r4, l)
		return y + l
	}
	if top-0x0010 >= 0x7ff0-0x0010 {
		switch {
		case ix*2 == 0:
			return math.Inf(-1)
		case ix == bitsInf:
			return x
		case top&0x8000 != 0 || top&0x7ff0 == 0x7ff0:
			return invalid(x)
		}
		ix = math.Float64bits(x*0x1p52) - 52<<52
	}
	tmp := ix - 0x3fe6000000000000
	i := (tmp >> 46) % 64
	k := int64(tmp) >> 52
	z := math.Float64frombits(ix - tmp&(0xfff<<52))
	invc, logc := log2Tab[i][0], log2Tab[i][1]
	kd := float64(k)
	// log2(x) = log2(z/c) + log2(c) + k
	t3 := kd + logc
	r := math.FMA(z, invc, -1.0)
	t1 := log2InvLn2hi * r
	t2 := math.FMA(r, log2InvLn2lo, math.FMA(log2InvLn2hi, r, -t1))
	h := t1 + t3
	l := t3 - h + t1 + t2
	r2 := r * r
	r4 := r2 * r2
	A := &log2Poly
	p := math.FMA(math.FMA(r, A[5], A[4]), r4,
		math.FMA(math.FMA(r, A[3], A[2]), r2, math.FMA(r, A[1], A[0])))
	return math.FMA(r2, p, l) + h
}

// Log10 is glibc's log10: fdlibm's reduction around glibc's log (the FMA
// variant, through the ifunc), with no fused operations of its own.
func Log10(x float64) float64 {
	const (
		ivln10   = 0x1.bcb7b1526e50ep-02 // 0x3fdbcb7b1526e50e
		log10Hi  = 0x1.34413509f6p-02    // 0x3fd34413509f6000
		log10Lo  = 0x1.9fef311f12b36p-42 // 0x3d59fef311f12b36
		twoTo54  = 0x1p54
		mantMask = 1<<52 - 1
	)
	hx := int64(math.Float64bits(x))
	k := int64(0)
	if hx < 0x0010000000000000 { // x < 2^-1022, or negative
		if hx&(1<<63-1) == 0 {
			return -twoTo54 / math.Abs(x)
		}
		if hx < 0 {
			return invalid(x)
		}
		k = -54
		x *= twoTo54 // subnormal: scale up
		hx = int64(math.Float64bits(x))
	}
	if uint64(hx) >= bitsInf {
		return x + x
	}
	k += hx>>52 - 1023
	i := int64(uint64(k) >> 63)
	y := float64(k + i)
	x = math.Float64frombits(uint64(hx&mantMask | (0x3ff-i)<<52))
	z := float64(y*log10Lo) + float64(ivln10*Log(x))
	return z + float64(y*log10Hi)
}

// LibmPow is glibc's pow (Pow is the ** operator).
func LibmPow(x, y float64) float64 {
	var sign uint64
	ix, iy := math.Float64bits(x), math.Float64bits(y)
	topx, topy := top12(x), top12(y)
	if topx-0x001 >= 0x7ff-0x001 || (topy&0x7ff)-0x3be >= 0x43e-0x3be {
		// x is 0, subnormal, negative, Inf or NaN, or |y| < 2^-65,
		// |y| >= 2^63 or y is NaN.
		if zeroInfNaN(iy) {
			switch {
			case 2*iy == 0:
				if isSignaling(x) {
					return x + y
				}
				return 1.0
			case ix == bitsOne:
				if isSignaling(y) {
					return x + y
				}
				return 1.0
			case 2*ix > 2*bitsInf || 2*iy > 2*bitsInf:
				return x + y
			case 2*ix == 2*bitsOne:
				return 1.0
			case (2*ix < 2*bitsOne) == (iy>>63 == 0):
				return 0 // |x|<1 && y==inf or |x|>1 && y==-inf
			}
			return y * y
		}
		if zeroInfNaN(ix) {
			x2 := x * x
			if ix>>63 != 0 && checkInt(iy) == 1 {
				x2 = -x2
			}
			if iy>>63 != 0 {
				return 1 / x2
			}
			return x2
		}
		// x and y are non-zero finite.
		if ix>>63 != 0 {
			switch checkInt(iy) {
			case 0:
				return invalid(x)
			case 1:
				sign = signBias
			}
			ix &= 1<<63 - 1
			topx &= 0x7ff
		}
		if (topy&0x7ff)-0x3be >= 0x43e-0x3be {
			// sign == 0 here: y is not odd.
			if ix == bitsOne {
				return 1.0
			}
			if topy&0x7ff < 0x3be { // |y| < 2^-65: x^y ~= 1 + y*log(x)
				if ix > bitsOne {
					return 1.0 + y
				}
				return 1.0 - y
			}
			if (ix > bitsOne) == (topy < 0x800) {
				return overflow(false)
			}
			return underflow(false)
		}
		if topx == 0 { // subnormal x: normalize
			ix = math.Float64bits(x*0x1p52)&(1<<63-1) - 52<<52
		}
	}
	hi, lo := powLog(ix)
	ehi := y * hi
	elo := math.FMA(y, lo, math.FMA(y, hi, -ehi))
	return powExp(ehi, elo, sign)
}

// powLog is pow's log_inline: log(x) as hi + lo for the bits of a positive
// normal x.
func powLog(ix uint64) (hi, lo float64) {
	tmp := ix - 0x3fe6955500000000
	i := (tmp >> 45) % 128
	k := int64(tmp) >> 52
	z := math.Float64frombits(ix - tmp&(0xfff<<52))
	kd := float64(k)
	invc, logc, logctail := powTab[i][0], powTab[i][1], powTab[i][2]
	r := math.FMA(z, invc, -1.0)
	// k*ln2 + log(c) + r
	t1 := math.FMA(kd, powLn2hi, logc)
	t2 := t1 + r
	lo1 := math.FMA(kd, powLn2lo, logctail)
	lo2 := t1 - t2 + r
	A := &powPoly
	ar := A[0] * r
	ar2 := r * ar
	ar3 := r * ar2
	hi = t2 + ar2
	lo3 := math.FMA(ar, r, -ar2)
	lo4 := t2 - hi + ar2
	p := math.FMA(ar2, math.FMA(ar2, math.FMA(r, A[6], A[5]), math.FMA(r, A[4], A[3])),
		math.FMA(r, A[2], A[1]))
	lo = math.FMA(ar3, p, lo1+lo2+lo3+lo4)
	y := hi + lo
	return y, hi - y + lo
}

// powExp is pow's exp_inline: exp(x + xtail), negated if sign is signBias.
func powExp(x, xtail float64, sign uint64) float64 {
	abstop := top12(x) & 0x7ff
	if abstop-0x3c9 >= 0x408-0x3c9 {
		if abstop-0x3c9 >= 0x80000000 { // tiny x: 1 rounded with x
			one := 1.0 + x
			if sign != 0 {
				return -one
			}
			return one
		}
		if abstop >= 0x409 { // |x| >= 1024
			if math.Float64bits(x)>>63 != 0 {
				return underflow(sign != 0)
			}
			return overflow(sign != 0)
		}
		return expKernel(x, xtail, sign, true)
	}
	return expKernel(x, xtail, sign, false)
}

// checkInt tells 0 if the bits of a non-zero finite y are not an integer,
// 1 if an odd one, 2 if an even one.
func checkInt(iy uint64) int {
	e := int(iy >> 52 & 0x7ff)
	switch {
	case e < 0x3ff:
		return 0
	case e > 0x3ff+52:
		return 2
	case iy&(1<<(0x3ff+52-e)-1) != 0:
		return 0
	case iy&(1<<(0x3ff+52-e)) != 0:
		return 1
	}
	return 2
}

// zeroInfNaN reports whether the bits are those of ±0, ±Inf or NaN.
func zeroInfNaN(i uint64) bool { return 2*i-1 >= 2*bitsInf-1 }

func isSignaling(x float64) bool {
	ix := math.Float64bits(x)
	return 2*(ix^1<<51) > 2*0x7ff8000000000000
}
