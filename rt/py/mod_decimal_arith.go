package py

import (
	"math/big"
	"strings"
)

// Decimal's arithmetic under a context: _pydecimal's methods of the same
// names, on decVals, collecting conditions in the decOp.

// convert is _convert_other: a Decimal or an int; ok is false for
// anything else (the operator returns NotImplemented).
func decConvert(x any) (decVal, bool) {
	switch x.(type) {
	case bool, int, *big.Int:
		return decFromInt(x), true
	}
	if v, ok := asDec(x); ok {
		return v, true
	}
	if o, ok := x.(*Instance); ok && o.base != nil { // IntEnum members
		if _, isStr := o.base.(string); !isStr && toNum(o.base).kind != kFloat {
			return decFromInt(o.base), true
		}
	}
	return decVal{}, false
}

// convert is _convert_other(x, raiseit) in the C module's words.
func (o *decOp) convert(x any, raiseit bool) decVal {
	v, ok := decConvert(x)
	if !ok && raiseit {
		panic(New(TypeError, "conversion from "+TypeName(x)+" to Decimal is not supported"))
	}
	return v
}

// construct is Decimal(value) without the final rounding: strings,
// ints, floats (FloatOperation), Decimals and (sign, digits, exp) tuples.
func (o *decOp) construct(x any) decVal {
	switch v := x.(type) {
	case string:
		d, ok := parseDecimal(decimalToASCII(v))
		if !ok {
			o.status |= condConversionSyntax
			return decNaN
		}
		return d
	case float64:
		o.status |= condFloatOperation
		return decFromFloat(v)
	case Tuple:
		return decFromTuple(v)
	case *List:
		return decFromTuple(Tuple(v.Items))
	}
	if d, ok := decConvert(x); ok {
		return d
	}
	panic(New(TypeError, "conversion from "+TypeName(x)+" to Decimal is not supported"))
}

// decFromTuple is Decimal((sign, digits, exponent)) with the C module's
// messages.
func decFromTuple(t Tuple) decVal {
	if len(t) != 3 {
		panic(New(ValueError, "argument must be a sequence of length 3"))
	}
	sign, ok := t[0].(int)
	if _, isBool := t[0].(bool); isBool || !ok || sign != 0 && sign != 1 {
		panic(New(ValueError, "sign must be an integer with the value 0 or 1"))
	}
	d := decVal{sign: sign}
	switch e := t[2].(type) {
	case string:
		switch e {
		case "F":
			d.digits, d.special = "0", 'F'
			return d
		case "n", "N":
			d.special = e[0]
		default:
			panic(New(ValueError, "string argument in the third position must be 'F', 'n' or 'N'"))
		}
	case int:
		d.exp = e
	default:
		panic(New(ValueError, "exponent must be an integer"))
	}
	digitsSeq, ok := t[1].(Tuple)
	if l, isList := t[1].(*List); isList {
		digitsSeq, ok = Tuple(l.Items), true
	}
	if !ok {
		panic(New(ValueError, "coefficient must be a tuple of digits"))
	}
	var b strings.Builder
	for _, x := range digitsSeq {
		n, isInt := x.(int)
		if _, isBool := x.(bool); isBool || !isInt || n < 0 || n > 9 {
			panic(New(ValueError, "coefficient must be a tuple of digits"))
		}
		b.WriteByte(byte('0' + n))
	}
	digits := strings.TrimLeft(b.String(), "0")
	if digits == "" && d.special == 0 {
		digits = "0"
	}
	d.digits = digits
	return d
}

func (o *decOp) neg(d decVal) decVal {
	if d.isSpecial() {
		if ans, ok := o.checkNaNs(d, nil); ok {
			return ans
		}
	}
	if d.isZero() && o.rounding != RoundFloor {
		return o.fix(d.copyAbs())
	}
	return o.fix(d.copyNegate())
}

func (o *decOp) plus(d decVal) decVal {
	if d.isSpecial() {
		if ans, ok := o.checkNaNs(d, nil); ok {
			return ans
		}
	}
	if d.isZero() && o.rounding != RoundFloor {
		d = d.copyAbs()
	}
	return o.fix(d)
}

func (o *decOp) abs(d decVal) decVal {
	if d.isSpecial() {
		if ans, ok := o.checkNaNs(d, nil); ok {
			return ans
		}
	}
	if d.sign == 1 {
		return o.neg(d)
	}
	return o.plus(d)
}

func (o *decOp) add(a, b decVal) decVal {
	if a.isSpecial() || b.isSpecial() {
		if ans, ok := o.checkNaNs(a, &b); ok {
			return ans
		}
		if a.isInf() {
			if a.sign != b.sign && b.isInf() {
				return o.raise(condInvalidOperation)
			}
			return a
		}
		if b.isInf() {
			return b
		}
	}
	exp := min(a.exp, b.exp)
	negativeZero := 0
	if o.rounding == RoundFloor && a.sign != b.sign {
		negativeZero = 1
	}
	if a.isZero() && b.isZero() {
		sign := min(a.sign, b.sign)
		if negativeZero == 1 {
			sign = 1
		}
		return o.fix(fromTriple(sign, "0", exp))
	}
	if a.isZero() {
		exp = max(exp, b.exp-o.prec-1)
		return o.fix(b.rescale(exp, o.rounding))
	}
	if b.isZero() {
		exp = max(exp, a.exp-o.prec-1)
		return o.fix(a.rescale(exp, o.rounding))
	}
	op1, op2 := decNormalize(newWorkRep(a), newWorkRep(b), o.prec)
	var resultSign int
	if op1.sign != op2.sign {
		if op1.int.Cmp(op2.int) == 0 {
			return o.fix(fromTriple(negativeZero, "0", exp))
		}
		if op1.int.Cmp(op2.int) < 0 {
			op1, op2 = op2, op1
		}
		if op1.sign == 1 {
			resultSign = 1
			op1.sign, op2.sign = op2.sign, op1.sign
		}
	} else if op1.sign == 1 {
		resultSign = 1
		op1.sign, op2.sign = 0, 0
	}
	n := new(big.Int)
	if op2.sign == 0 {
		n.Add(op1.int, op2.int)
	} else {
		n.Sub(op1.int, op2.int)
	}
	return o.fix(fromBig(resultSign, n, op1.exp))
}

func (o *decOp) sub(a, b decVal) decVal {
	if a.isSpecial() || b.isSpecial() {
		if ans, ok := o.checkNaNs(a, &b); ok {
			return ans
		}
	}
	return o.add(a, b.copyNegate())
}

// workRep is _WorkRep: sign, integer coefficient, exponent.
type workRep struct {
	sign int
	int  *big.Int
	exp  int
}

func newWorkRep(d decVal) *workRep { return &workRep{d.sign, d.coef(), d.exp} }

// decNormalize is _normalize: both operands at the smaller exponent, the
// far smaller one replaced by a stand-in that rounds alike.
func decNormalize(op1, op2 *workRep, prec int) (*workRep, *workRep) {
	tmp, other := op1, op2
	if op1.exp < op2.exp {
		tmp, other = op2, op1
	}
	tmpLen, otherLen := len(tmp.int.String()), len(other.int.String())
	exp := tmp.exp + min(-1, tmpLen-prec-2)
	if otherLen+other.exp-1 < exp {
		other.int = big.NewInt(1)
		other.exp = exp
	}
	tmp.int = new(big.Int).Mul(tmp.int, pow10(tmp.exp-other.exp))
	tmp.exp = other.exp
	return op1, op2
}

func (o *decOp) mul(a, b decVal) decVal {
	resultSign := a.sign ^ b.sign
	if a.isSpecial() || b.isSpecial() {
		if ans, ok := o.checkNaNs(a, &b); ok {
			return ans
		}
		if a.isInf() {
			if b.isZero() {
				return o.raise(condInvalidOperation)
			}
			return signedInf(resultSign)
		}
		if b.isInf() {
			if a.isZero() {
				return o.raise(condInvalidOperation)
			}
			return signedInf(resultSign)
		}
	}
	resultExp := a.exp + b.exp
	if a.isZero() || b.isZero() {
		return o.fix(fromTriple(resultSign, "0", resultExp))
	}
	return o.fix(fromBig(resultSign, new(big.Int).Mul(a.coef(), b.coef()), resultExp))
}

// truediv is __truediv__: correctly rounded, trailing zeros stripped
// down to the ideal exponent when exact.
func (o *decOp) truediv(a, b decVal) decVal {
	sign := a.sign ^ b.sign
	if a.isSpecial() || b.isSpecial() {
		if ans, ok := o.checkNaNs(a, &b); ok {
			return ans
		}
		if a.isInf() && b.isInf() {
			return o.raise(condInvalidOperation)
		}
		if a.isInf() {
			return signedInf(sign)
		}
		if b.isInf() {
			o.status |= condClamped
			return fromTriple(sign, "0", o.etiny())
		}
	}
	if b.isZero() {
		if a.isZero() {
			return o.raise(condDivisionUndefined)
		}
		o.status |= condDivisionByZero
		return signedInf(sign)
	}
	var coeff *big.Int
	var exp int
	if a.isZero() {
		exp, coeff = a.exp-b.exp, new(big.Int)
	} else {
		shift := len(b.digits) - len(a.digits) + o.prec + 1
		exp = a.exp - b.exp - shift
		rem := new(big.Int)
		if shift >= 0 {
			coeff, rem = new(big.Int).QuoRem(new(big.Int).Mul(a.coef(), pow10(shift)), b.coef(), rem)
		} else {
			coeff, rem = new(big.Int).QuoRem(a.coef(), new(big.Int).Mul(b.coef(), pow10(-shift)), rem)
		}
		if rem.Sign() != 0 {
			if new(big.Int).Mod(coeff, big.NewInt(5)).Sign() == 0 {
				coeff.Add(coeff, bigOne)
			}
		} else {
			ideal := a.exp - b.exp
			ten, r := big.NewInt(10), new(big.Int)
			for exp < ideal {
				q, m := new(big.Int).QuoRem(coeff, ten, r)
				if m.Sign() != 0 {
					break
				}
				coeff = q
				exp++
			}
		}
	}
	return o.fix(fromBig(sign, coeff, exp))
}

// divide is _divide: (a // b, a % b) for finite a and nonzero b.
func (o *decOp) divide(a, b decVal) (decVal, decVal) {
	sign := a.sign ^ b.sign
	ideal := min(a.exp, b.exp)
	if b.isInf() {
		ideal = a.exp
	}
	expdiff := a.adjusted() - b.adjusted()
	if a.isZero() || b.isInf() || expdiff <= -2 {
		return fromTriple(sign, "0", 0), a.rescale(ideal, o.rounding)
	}
	if expdiff <= o.prec {
		op1, op2 := a.coef(), b.coef()
		if a.exp >= b.exp {
			op1.Mul(op1, pow10(a.exp-b.exp))
		} else {
			op2.Mul(op2, pow10(b.exp-a.exp))
		}
		q, r := new(big.Int).QuoRem(op1, op2, new(big.Int))
		if q.Cmp(pow10(o.prec)) < 0 {
			return fromBig(sign, q, 0), fromBig(a.sign, r, ideal)
		}
	}
	ans := o.raise(condDivisionImpossible)
	return ans, ans
}

func (o *decOp) floordiv(a, b decVal) decVal {
	if ans, ok := o.checkNaNs(a, &b); ok {
		return ans
	}
	if a.isInf() {
		if b.isInf() {
			return o.raise(condInvalidOperation)
		}
		return signedInf(a.sign ^ b.sign)
	}
	if b.isZero() {
		if a.truth() {
			o.status |= condDivisionByZero
			return signedInf(a.sign ^ b.sign)
		}
		return o.raise(condDivisionUndefined)
	}
	q, _ := o.divide(a, b)
	return q
}

func (o *decOp) mod(a, b decVal) decVal {
	if ans, ok := o.checkNaNs(a, &b); ok {
		return ans
	}
	if a.isInf() {
		return o.raise(condInvalidOperation)
	}
	if b.isZero() {
		if a.truth() {
			return o.raise(condInvalidOperation)
		}
		return o.raise(condDivisionUndefined)
	}
	_, r := o.divide(a, b)
	return o.fix(r)
}

func (o *decOp) divmod(a, b decVal) (decVal, decVal) {
	if ans, ok := o.checkNaNs(a, &b); ok {
		return ans, ans
	}
	sign := a.sign ^ b.sign
	if a.isInf() {
		if b.isInf() {
			ans := o.raise(condInvalidOperation)
			return ans, ans
		}
		return signedInf(sign), o.raise(condInvalidOperation)
	}
	if b.isZero() {
		if a.isZero() {
			ans := o.raise(condDivisionUndefined)
			return ans, ans
		}
		o.status |= condDivisionByZero
		return signedInf(sign), o.raise(condInvalidOperation)
	}
	q, r := o.divide(a, b)
	return q, o.fix(r)
}

// decPowDigitLimit bounds the exact power this port computes; beyond it
// the program stops (py.Unsupported) rather than differ.
const decPowDigitLimit = 100000

// pow is __pow__ for an integral exponent; a non-integral one stops the
// program (_pydecimal's _dpower is not ported).
func (o *decOp) pow(a, b decVal) decVal {
	if ans, ok := o.checkNaNs(a, &b); ok {
		return ans
	}
	if b.isZero() {
		if a.isZero() {
			return o.raise(condInvalidOperation)
		}
		return fromTriple(0, "1", 0)
	}
	resultSign := 0
	integral := b.isInteger()
	if a.sign == 1 {
		if integral {
			if !b.isEven() {
				resultSign = 1
			}
		} else if a.truth() {
			return o.raise(condInvalidOperation)
		}
		a = a.copyNegate()
	}
	if a.isZero() {
		if b.sign == 0 {
			return fromTriple(resultSign, "0", 0)
		}
		return signedInf(resultSign)
	}
	if a.isInf() {
		if b.sign == 0 {
			return signedInf(resultSign)
		}
		return fromTriple(resultSign, "0", 0)
	}
	if !integral && !b.isInf() {
		Unsupported("decimal.Decimal ** a non-integral exponent")
	}
	if a.cmp(fromTriple(0, "1", 0)) == 0 {
		multiplier := 0
		if b.sign == 0 {
			if b.cmp(decFromInt(o.prec)) > 0 {
				multiplier = o.prec
			} else {
				multiplier = int(b.toInt().Int64())
			}
		}
		exp := a.exp * multiplier
		if exp < 1-o.prec {
			exp = 1 - o.prec
			o.status |= condRounded
		}
		return fromTriple(resultSign, "1"+strings.Repeat("0", -exp), exp)
	}
	if b.isInf() {
		if (b.sign == 0) == (a.adjusted() < 0) {
			return fromTriple(resultSign, "0", 0)
		}
		return signedInf(resultSign)
	}
	n := b.toInt()
	absN := new(big.Int).Abs(n)
	if !absN.IsInt64() || absN.Int64()*int64(len(a.digits)+1) > decPowDigitLimit {
		Unsupported("decimal.Decimal ** an exponent this large")
	}
	k := int(absN.Int64())
	c := new(big.Int).Exp(a.coef(), absN, nil)
	exact := fromBig(resultSign, c, a.exp*k)
	if b.sign == 0 {
		return o.fix(exact)
	}
	return o.truediv(fromTriple(resultSign, "1", 0), exact.copyAbs())
}

// isEven is _iseven for an integral value.
func (d decVal) isEven() bool {
	if d.isZero() || d.exp > 0 {
		return true
	}
	return strings.IndexByte("02468", d.digits[len(d.digits)-1+d.exp]) >= 0
}

func (o *decOp) quantize(a, e decVal, rounding string) decVal {
	if a.isSpecial() || e.isSpecial() {
		if ans, ok := o.checkNaNs(a, &e); ok {
			return ans
		}
		if e.isInf() || a.isInf() {
			if e.isInf() && a.isInf() {
				return a
			}
			return o.raise(condInvalidOperation)
		}
	}
	if !(o.etiny() <= e.exp && e.exp <= o.emax) {
		return o.raise(condInvalidOperation)
	}
	if a.isZero() {
		return o.fix(fromTriple(a.sign, "0", e.exp))
	}
	adj := a.adjusted()
	if adj > o.emax || adj-e.exp+1 > o.prec {
		return o.raise(condInvalidOperation)
	}
	ans := a.rescale(e.exp, rounding)
	if ans.adjusted() > o.emax || len(ans.digits) > o.prec {
		return o.raise(condInvalidOperation)
	}
	if ans.truth() && ans.adjusted() < o.emin {
		o.status |= condSubnormal
	}
	if ans.exp > a.exp {
		if ans.cmp(a) != 0 {
			o.status |= condInexact
		}
		o.status |= condRounded
	}
	return o.fix(ans)
}

func (o *decOp) normalize(d decVal) decVal {
	if d.isSpecial() {
		if ans, ok := o.checkNaNs(d, nil); ok {
			return ans
		}
	}
	dup := o.fix(d)
	if dup.isInf() {
		return dup
	}
	if dup.isZero() {
		return fromTriple(dup.sign, "0", 0)
	}
	expMax := o.emax
	if o.clamp == 1 {
		expMax = o.etop()
	}
	end, exp := len(dup.digits), dup.exp
	for dup.digits[end-1] == '0' && exp < expMax {
		exp++
		end--
	}
	return fromTriple(dup.sign, dup.digits[:end], exp)
}

func (o *decOp) toIntegralValue(d decVal, rounding string) decVal {
	if d.isSpecial() {
		if ans, ok := o.checkNaNs(d, nil); ok {
			return ans
		}
		return d
	}
	if d.exp >= 0 {
		return d
	}
	return d.rescale(0, rounding)
}

func (o *decOp) sqrt(d decVal) decVal {
	if d.isSpecial() {
		if ans, ok := o.checkNaNs(d, nil); ok {
			return ans
		}
		if d.isInf() && d.sign == 0 {
			return d
		}
	}
	if d.isZero() {
		return o.fix(fromTriple(d.sign, "0", floorDivInt(d.exp, 2)))
	}
	if d.sign == 1 {
		return o.raise(condInvalidOperation)
	}
	prec := o.prec + 1
	c := d.coef()
	e := d.exp >> 1
	var l int
	if d.exp&1 != 0 {
		c.Mul(c, big.NewInt(10))
		l = len(d.digits)>>1 + 1
	} else {
		l = (len(d.digits) + 1) >> 1
	}
	shift := prec - l
	exact := true
	if shift >= 0 {
		c.Mul(c, new(big.Int).Exp(big.NewInt(100), big.NewInt(int64(shift)), nil))
	} else {
		rem := new(big.Int)
		c.QuoRem(c, new(big.Int).Exp(big.NewInt(100), big.NewInt(int64(-shift)), nil), rem)
		exact = rem.Sign() == 0
	}
	e -= shift
	n := pow10(prec)
	for {
		q := new(big.Int).Quo(c, n)
		if n.Cmp(q) <= 0 {
			break
		}
		n.Add(n, q).Rsh(n, 1)
	}
	exact = exact && new(big.Int).Mul(n, n).Cmp(c) == 0
	if exact {
		if shift >= 0 {
			n.Quo(n, pow10(shift))
		} else {
			n.Mul(n, pow10(-shift))
		}
		e += shift
	} else if new(big.Int).Mod(n, big.NewInt(5)).Sign() == 0 {
		n.Add(n, bigOne)
	}
	saved := o.rounding
	o.rounding = RoundHalfEven
	ans := o.fix(fromBig(0, n, e))
	o.rounding = saved
	return ans
}

func floorDivInt(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// compare is Decimal.compare: -1, 0 or 1 as a Decimal, NaN for NaNs.
func (o *decOp) compare(a, b decVal) decVal {
	if a.isSpecial() || b.isSpecial() {
		if ans, ok := o.checkNaNs(a, &b); ok {
			return ans
		}
	}
	return decFromInt(a.cmp(b))
}

// maxMin is Decimal.max (wantMax) and Decimal.min.
func (o *decOp) maxMin(a, b decVal, wantMax bool) decVal {
	if a.isSpecial() || b.isSpecial() {
		sn, on := a.isNaN(), b.isNaN()
		if sn != 0 || on != 0 {
			if on == 1 && sn == 0 {
				return o.fix(a)
			}
			if sn == 1 && on == 0 {
				return o.fix(b)
			}
			ans, _ := o.checkNaNs(a, &b)
			return ans
		}
	}
	c := a.cmp(b)
	if c == 0 {
		c = a.compareTotal(b)
	}
	if wantMax == (c == -1) {
		return o.fix(b)
	}
	return o.fix(a)
}

// compareTotal is compare_total's sign for two non-NaN values that
// compare equal: the one with the greater exponent is greater for
// positives.
func (d decVal) compareTotal(o decVal) int {
	if d.sign != o.sign {
		if d.sign == 1 {
			return -1
		}
		return 1
	}
	if d.isSpecial() || o.isSpecial() || d.exp == o.exp {
		return 0
	}
	c := -1
	if d.exp > o.exp {
		c = 1
	}
	if d.sign == 1 {
		c = -c
	}
	return c
}
