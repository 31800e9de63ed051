package py

import (
	"math"
	"strconv"
	"strings"
)

// floatHex is float.hex() (Objects/floatobject.c float_hex): 13 hex digits after the point,
// subnormals written with a leading 0 and exponent -1022.
func floatHex(x float64) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return FloatRepr(x)
	}
	if x == 0 {
		if math.Signbit(x) {
			return "-0x0.0p+0"
		}
		return "0x0.0p+0"
	}
	m, e := math.Frexp(math.Abs(x))
	shift := 1 - max(-1021-e, 0)
	m = math.Ldexp(m, shift)
	e -= shift
	const hexDigits = "0123456789abcdef"
	var b strings.Builder
	if x < 0 {
		b.WriteByte('-')
	}
	b.WriteString("0x")
	b.WriteByte(hexDigits[int(m)])
	m -= float64(int(m))
	b.WriteByte('.')
	for i := 0; i < 13; i++ {
		m *= 16
		b.WriteByte(hexDigits[int(m)])
		m -= float64(int(m))
	}
	b.WriteByte('p')
	if e < 0 {
		b.WriteByte('-')
		e = -e
	} else {
		b.WriteByte('+')
	}
	b.WriteString(strconv.Itoa(e))
	return b.String()
}

// floatFromHex is float.fromhex(s): [sign] ['0x'] hexdigits ['.' hexdigits] ['p' exponent],
// or inf/infinity/nan, surrounded by optional whitespace; correctly rounded like CPython's.
func floatFromHex(arg any) float64 {
	s, ok := arg.(string)
	if !ok {
		panic(New(TypeError, "bad argument type for built-in operation"))
	}
	bad := func() {
		panic(New(ValueError, "invalid hexadecimal floating-point string"))
	}
	t := strings.Trim(s, " \t\n\v\f\r") // Py_ISSPACE: ASCII only
	body := t
	neg := false
	if body != "" && (body[0] == '+' || body[0] == '-') {
		neg = body[0] == '-'
		body = body[1:]
	}
	sign := 1.0
	if neg {
		sign = -1
	}
	switch strings.ToLower(body) {
	case "inf", "infinity":
		return math.Inf(int(sign))
	case "nan":
		return math.NaN()
	}
	if len(body) >= 2 && body[0] == '0' && (body[1] == 'x' || body[1] == 'X') {
		body = body[2:]
	}
	mant, exp, hasExp := body, "0", false
	if i := strings.IndexAny(body, "pP"); i >= 0 {
		mant, exp, hasExp = body[:i], body[i+1:], true
	}
	digits := 0
	for i, dot := 0, false; i < len(mant); i++ {
		switch c := mant[i]; {
		case c == '.' && !dot:
			dot = true
		case '0' <= c && c <= '9', 'a' <= c && c <= 'f', 'A' <= c && c <= 'F':
			digits++
		default:
			bad()
		}
	}
	if digits == 0 {
		bad()
	}
	if hasExp {
		e := exp
		if e != "" && (e[0] == '+' || e[0] == '-') {
			e = e[1:]
		}
		if e == "" || strings.Trim(e, "0123456789") != "" {
			bad()
		}
	}
	f, err := strconv.ParseFloat("0x"+mant+"p"+exp, 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange && math.IsInf(f, 0) {
			panic(New(OverflowError, "hexadecimal value too large to represent as a float"))
		}
		if !(ok && err.(*strconv.NumError).Err == strconv.ErrRange) {
			bad()
		}
	}
	return sign * f
}
