package py

import (
	"math"
	"math/big"
	"strings"
	"unicode"
)

// The decimal module: Decimal as CPython 3.11's C _decimal behaves. The
// arithmetic is a port of Lib/_pydecimal.py (which the C module agrees
// with on results); the signals follow _decimal.c: an operation collects
// its conditions and raises once at its end, the trapped signal's class
// with the list of trapped conditions as its argument
// (decimal.InvalidOperation: [<class 'decimal.ConversionSyntax'>]).
//
// A value is a decVal: _pydecimal's (sign, _int, _exp, special) with the
// coefficient kept as a digit string, as _pydecimal keeps it, so its
// rounding code ports line by line. Decimal is a builtin class of the one
// class model (mod_datetime.go's makeBuiltinClass) whose instances hold a
// decVal; the context machinery is mod_decimal_context.go, the methods
// mod_decimal_class.go, __format__ mod_decimal_format.go.

// decVal is one decimal number. special is 0 (finite), 'F' (infinity),
// 'n' (quiet NaN) or 'N' (signaling NaN); a NaN's digits are its payload
// ("" for none).
type decVal struct {
	sign    int
	digits  string
	exp     int
	special byte
}

var (
	decZero   = decVal{digits: "0"}
	decInfPos = decVal{digits: "0", special: 'F'}
	decInfNeg = decVal{sign: 1, digits: "0", special: 'F'}
	decNaN    = decVal{special: 'n'}
)

func signedInf(sign int) decVal {
	if sign != 0 {
		return decInfNeg
	}
	return decInfPos
}

func (d decVal) isSpecial() bool { return d.special != 0 }
func (d decVal) isInf() bool     { return d.special == 'F' }

// isNaN is _isnan: 0, 1 for a quiet NaN, 2 for a signaling one.
func (d decVal) isNaN() int {
	switch d.special {
	case 'n':
		return 1
	case 'N':
		return 2
	}
	return 0
}

// isZero is "not self" for a finite value.
func (d decVal) isZero() bool { return !d.isSpecial() && d.digits == "0" }

// truth is __bool__.
func (d decVal) truth() bool { return d.isSpecial() || d.digits != "0" }

func (d decVal) adjusted() int {
	if d.isSpecial() {
		return 0
	}
	return d.exp + len(d.digits) - 1
}

func (d decVal) copyAbs() decVal    { d.sign = 0; return d }
func (d decVal) copyNegate() decVal { d.sign ^= 1; return d }

func (d decVal) coef() *big.Int {
	b, _ := new(big.Int).SetString(d.digits, 10)
	return b
}

// fromTriple is _dec_from_triple for a finite value.
func fromTriple(sign int, digits string, exp int) decVal {
	return decVal{sign: sign, digits: digits, exp: exp}
}

func fromBig(sign int, c *big.Int, exp int) decVal {
	return decVal{sign: sign, digits: c.String(), exp: exp}
}

func pow10(n int) *big.Int {
	return new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(n)), nil)
}

// decFromInt is Decimal(int).
func decFromInt(x any) decVal {
	b := toNum(x).big()
	sign := 0
	if b.Sign() < 0 {
		sign = 1
	}
	return decVal{sign: sign, digits: new(big.Int).Abs(b).String()}
}

// decFromFloat is Decimal.from_float: the exact binary value.
func decFromFloat(f float64) decVal {
	switch {
	case math.IsNaN(f):
		return decNaN
	case math.IsInf(f, 1):
		return decInfPos
	case math.IsInf(f, -1):
		return decInfNeg
	}
	sign := 0
	if math.Signbit(f) {
		sign = 1
	}
	n, d := floatRatio(math.Abs(f))
	k := d.BitLen() - 1 // d is 2**k
	n.Mul(n, new(big.Int).Exp(big.NewInt(5), big.NewInt(int64(k)), nil))
	return fromBig(sign, n, -k)
}

// parseDecimal is _parser on value.strip().replace("_", ""), the rules
// of the C module's string conversion: ok is false on a syntax error.
func parseDecimal(s string) (decVal, bool) {
	s = strings.TrimFunc(s, unicode.IsSpace)
	s = strings.ReplaceAll(s, "_", "") // the C module drops every underscore
	var d decVal
	if s != "" && (s[0] == '+' || s[0] == '-') {
		if s[0] == '-' {
			d.sign = 1
		}
		s = s[1:]
	}
	lower := strings.ToLower(s)
	switch {
	case lower == "inf" || lower == "infinity":
		d.digits, d.special = "0", 'F'
		return d, true
	case strings.HasPrefix(lower, "nan") || strings.HasPrefix(lower, "snan"):
		d.special = 'n'
		diag := lower[3:]
		if lower[0] == 's' {
			d.special, diag = 'N', lower[4:]
		}
		if !allDigits(diag) {
			return decVal{}, false
		}
		d.digits = strings.TrimLeft(diag, "0")
		return d, true
	}
	mant, expPart, hasExp := strings.Cut(lower, "e")
	intPart, frac, _ := strings.Cut(mant, ".")
	if intPart == "" && frac == "" || !allDigits(intPart) || !allDigits(frac) {
		return decVal{}, false
	}
	exp := 0
	if hasExp {
		e := expPart
		if e != "" && (e[0] == '+' || e[0] == '-') {
			e = e[1:]
		}
		if e == "" || !allDigits(e) {
			return decVal{}, false
		}
		b, _ := new(big.Int).SetString(expPart, 10)
		if !b.IsInt64() || b.Int64() > 1<<50 || b.Int64() < -(1<<50) {
			Unsupported("a decimal exponent beyond ±2**50")
		}
		exp = int(b.Int64())
	}
	digits := strings.TrimLeft(intPart+frac, "0")
	if digits == "" {
		digits = "0"
	}
	d.digits, d.exp = digits, exp-len(frac)
	return d, true
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isASCIIDigit(s[i]) {
			return false
		}
	}
	return true
}

// str is __str__ (eng=false) and to_eng_string (eng=true).
func (d decVal) str(eng bool, capitals int) string {
	sign := ""
	if d.sign == 1 {
		sign = "-"
	}
	switch d.special {
	case 'F':
		return sign + "Infinity"
	case 'n':
		return sign + "NaN" + d.digits
	case 'N':
		return sign + "sNaN" + d.digits
	}
	leftdigits := d.exp + len(d.digits)
	var dotplace int
	switch {
	case d.exp <= 0 && leftdigits > -6:
		dotplace = leftdigits
	case !eng:
		dotplace = 1
	case d.digits == "0":
		dotplace = pyMod(leftdigits+1, 3) - 1
	default:
		dotplace = pyMod(leftdigits-1, 3) + 1
	}
	var intpart, fracpart string
	switch {
	case dotplace <= 0:
		intpart, fracpart = "0", "."+strings.Repeat("0", -dotplace)+d.digits
	case dotplace >= len(d.digits):
		intpart = d.digits + strings.Repeat("0", dotplace-len(d.digits))
	default:
		intpart, fracpart = d.digits[:dotplace], "."+d.digits[dotplace:]
	}
	exp := ""
	if leftdigits != dotplace {
		e := "e"
		if capitals != 0 {
			e = "E"
		}
		n := leftdigits - dotplace
		exp = e + "+" + itoa(n)
		if n < 0 {
			exp = e + itoa(n)
		}
	}
	return sign + intpart + fracpart + exp
}

func pyMod(a, b int) int {
	m := a % b
	if m < 0 {
		m += b
	}
	return m
}

// cmp is _cmp for two non-NaN values.
func (d decVal) cmp(o decVal) int {
	if d.isSpecial() || o.isSpecial() {
		a, b := d.infSign(), o.infSign()
		switch {
		case a == b:
			return 0
		case a < b:
			return -1
		}
		return 1
	}
	sgn := func(s int) int { return 1 - 2*s } // (-1)**sign
	if d.isZero() {
		if o.isZero() {
			return 0
		}
		return -sgn(o.sign)
	}
	if o.isZero() {
		return sgn(d.sign)
	}
	if o.sign < d.sign {
		return -1
	}
	if d.sign < o.sign {
		return 1
	}
	da, oa := d.adjusted(), o.adjusted()
	if da == oa {
		sp := d.digits + strings.Repeat("0", max(d.exp-o.exp, 0))
		op := o.digits + strings.Repeat("0", max(o.exp-d.exp, 0))
		switch {
		case sp == op:
			return 0
		case sp < op:
			return -sgn(d.sign)
		}
		return sgn(d.sign)
	}
	if da > oa {
		return sgn(d.sign)
	}
	return -sgn(d.sign)
}

// infSign is _isinfinity: 1, -1 or 0.
func (d decVal) infSign() int {
	if d.special == 'F' {
		return 1 - 2*d.sign
	}
	return 0
}

// hash is __hash__ for a non-NaN value.
func (d decVal) hash() int {
	if d.isInf() {
		if d.sign == 1 {
			return -hashInf
		}
		return hashInf
	}
	var expHash *big.Int
	if d.exp >= 0 {
		expHash = new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(d.exp)), bigModulus)
	} else {
		inv := new(big.Int).ModInverse(big.NewInt(10), bigModulus)
		expHash = new(big.Int).Exp(inv, big.NewInt(int64(-d.exp)), bigModulus)
	}
	h := new(big.Int).Mul(d.coef(), expHash)
	h.Mod(h, bigModulus)
	ans := int(h.Int64())
	if d.sign == 1 {
		ans = -ans
	}
	if ans == -1 {
		return -2
	}
	return ans
}

// toInt is __int__ of a finite value: truncation.
func (d decVal) toInt() *big.Int {
	var b *big.Int
	if d.exp >= 0 {
		b = new(big.Int).Mul(d.coef(), pow10(d.exp))
	} else {
		keep := len(d.digits) + d.exp
		if keep <= 0 {
			return new(big.Int)
		}
		b, _ = new(big.Int).SetString(d.digits[:keep], 10)
	}
	if d.sign == 1 {
		b.Neg(b)
	}
	return b
}

// toFloat is __float__.
func (d decVal) toFloat() float64 {
	if n := d.isNaN(); n != 0 {
		if n == 2 {
			panic(New(ValueError, "cannot convert signaling NaN to float"))
		}
		if d.sign == 1 {
			return math.Copysign(math.NaN(), -1)
		}
		return math.NaN()
	}
	return ParseFloat(d.str(false, 1))
}

// asIntegerRatio is as_integer_ratio for a finite value.
func (d decVal) asIntegerRatio() (*big.Int, *big.Int) {
	if d.isZero() {
		return new(big.Int), big.NewInt(1)
	}
	n := d.coef()
	var den *big.Int
	if d.exp >= 0 {
		n.Mul(n, pow10(d.exp))
		den = big.NewInt(1)
	} else {
		r := new(big.Rat).SetFrac(n, pow10(-d.exp))
		n, den = new(big.Int).Set(r.Num()), new(big.Int).Set(r.Denom())
	}
	if d.sign == 1 {
		n.Neg(n)
	}
	return n, den
}

// The rounding functions of _pydecimal: the value's first prec digits
// are kept; the result is 1 to round the kept digits up, 0 when the rest
// is all zeros, -1 to truncate.

func allZeros(s string, from int) bool {
	return strings.Trim(s[min(from, len(s)):], "0") == ""
}

func exactHalf(s string, from int) bool {
	return from < len(s) && s[from] == '5' && allZeros(s, from+1)
}

func (d decVal) roundDown(prec int) int {
	if allZeros(d.digits, prec) {
		return 0
	}
	return -1
}

func (d decVal) roundHalfUp(prec int) int {
	if prec < len(d.digits) && d.digits[prec] >= '5' {
		return 1
	}
	if allZeros(d.digits, prec) {
		return 0
	}
	return -1
}

func (d decVal) roundWith(mode string, prec int) int {
	switch mode {
	case RoundDown:
		return d.roundDown(prec)
	case RoundUp:
		return -d.roundDown(prec)
	case RoundHalfUp:
		return d.roundHalfUp(prec)
	case RoundHalfDown:
		if exactHalf(d.digits, prec) {
			return -1
		}
		return d.roundHalfUp(prec)
	case RoundHalfEven:
		if exactHalf(d.digits, prec) && (prec == 0 || strings.IndexByte("02468", d.digits[prec-1]) >= 0) {
			return -1
		}
		return d.roundHalfUp(prec)
	case RoundCeiling:
		if d.sign == 1 {
			return d.roundDown(prec)
		}
		return -d.roundDown(prec)
	case RoundFloor:
		if d.sign == 0 {
			return d.roundDown(prec)
		}
		return -d.roundDown(prec)
	case Round05Up:
		if prec > 0 && d.digits[prec-1] != '0' && d.digits[prec-1] != '5' {
			return d.roundDown(prec)
		}
		return -d.roundDown(prec)
	}
	panic("decimal: unknown rounding " + mode)
}

// incDigits is str(int(s)+1) for a digit string ("" counts as "0").
func incDigits(s string) string {
	if s == "" {
		return "1"
	}
	b := []byte(s)
	for i := len(b) - 1; i >= 0; i-- {
		if b[i] < '9' {
			b[i]++
			return string(b)
		}
		b[i] = '0'
	}
	return "1" + string(b)
}

// rescale is _rescale: quiet, specials unchanged.
func (d decVal) rescale(exp int, rounding string) decVal {
	if d.isSpecial() {
		return d
	}
	if d.isZero() {
		return fromTriple(d.sign, "0", exp)
	}
	if d.exp >= exp {
		return fromTriple(d.sign, d.digits+strings.Repeat("0", d.exp-exp), exp)
	}
	digits := len(d.digits) + d.exp - exp
	if digits < 0 {
		d = fromTriple(d.sign, "1", exp-1)
		digits = 0
	}
	changed := d.roundWith(rounding, digits)
	coeff := d.digits[:digits]
	if changed == 1 {
		coeff = incDigits(coeff)
	}
	if coeff == "" {
		coeff = "0"
	}
	return fromTriple(d.sign, coeff, exp)
}

// round is _round: to places significant digits, quietly.
func (d decVal) round(places int, rounding string) decVal {
	if d.isSpecial() || d.isZero() {
		return d
	}
	ans := d.rescale(d.adjusted()+1-places, rounding)
	if ans.adjusted() != d.adjusted() {
		ans = ans.rescale(ans.adjusted()+1-places, rounding)
	}
	return ans
}

// isInteger is _isinteger.
func (d decVal) isInteger() bool {
	if d.isSpecial() {
		return false
	}
	if d.exp >= 0 {
		return true
	}
	return allZeros(d.digits, max(len(d.digits)+d.exp, 0))
}

// tuple is as_tuple()'s fields.
func (d decVal) tuple() (int, Tuple, any) {
	digits := make(Tuple, len(d.digits))
	for i := range d.digits {
		digits[i] = int(d.digits[i] - '0')
	}
	var exp any = d.exp
	if d.isSpecial() {
		exp = string(d.special)
	}
	return d.sign, digits, exp
}
