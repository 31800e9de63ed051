package py

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Repr is repr(v).
func Repr(v any) string {
	var b strings.Builder
	writeRepr(&b, v, nil)
	return b.String()
}

// Str is str(v).
func Str(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case int:
		return strconv.Itoa(x)
	case *Exception:
		return ExcStr(x)
	case Stringer:
		return x.PyStr()
	}
	return Repr(v)
}

// Ascii is ascii(v): repr with every non-ASCII character escaped.
func Ascii(v any) string {
	r := Repr(v)
	var b strings.Builder
	for _, c := range r {
		switch {
		case c < 0x80:
			b.WriteRune(c)
		case c < 0x100:
			b.WriteString(`\x` + hex2(int(c)))
		case c < 0x10000:
			b.WriteString(`\u` + leftPad(strconv.FormatInt(int64(c), 16), 4, '0'))
		default:
			b.WriteString(`\U` + leftPad(strconv.FormatInt(int64(c), 16), 8, '0'))
		}
	}
	return b.String()
}

// reprStack guards against infinite recursion on self-containing containers,
// which CPython prints as [...] / {...}.
type reprStack []any

type tupleID struct {
	first *any
	n     int
}

func (s reprStack) has(p any) bool {
	for _, q := range s {
		if q == p {
			return true
		}
	}
	return false
}

func writeRepr(b *strings.Builder, v any, seen reprStack) {
	switch v.(type) {
	case *List, Tuple, *Dict, *Set:
		// PyObject_Repr's recursion check: each nested container is a level.
		EnterRecursive(" while getting the repr of an object")
		defer LeaveFrame()
	}
	switch x := v.(type) {
	case nil:
		b.WriteString("None")
	case bool:
		if x {
			b.WriteString("True")
		} else {
			b.WriteString("False")
		}
	case int:
		b.WriteString(strconv.Itoa(x))
	case *big.Int:
		b.WriteString(bigDecimal(x))
	case float64:
		b.WriteString(FloatRepr(x))
	case string:
		b.WriteString(StrRepr(x))
	case *List:
		if seen.has(x) {
			b.WriteString("[...]")
			return
		}
		seen = append(seen, x)
		b.WriteByte('[')
		for i, it := range x.Items {
			if i > 0 {
				b.WriteString(", ")
			}
			writeRepr(b, it, seen)
		}
		b.WriteByte(']')
	case Tuple:
		if len(x) > 0 {
			// A tuple's identity is its backing array (and length: a shorter slice of
			// the same array is another tuple).
			id := tupleID{&x[0], len(x)}
			if seen.has(id) {
				b.WriteString("(...)")
				return
			}
			seen = append(seen, id)
		}
		b.WriteByte('(')
		for i, it := range x {
			if i > 0 {
				b.WriteString(", ")
			}
			writeRepr(b, it, seen)
		}
		if len(x) == 1 {
			b.WriteByte(',')
		}
		b.WriteByte(')')
	case *Dict:
		if seen.has(x) {
			b.WriteString("{...}")
			return
		}
		seen = append(seen, x)
		b.WriteByte('{')
		i := 0
		for k, val := range x.All() {
			if i > 0 {
				b.WriteString(", ")
			}
			i++
			writeRepr(b, k, seen)
			b.WriteString(": ")
			writeRepr(b, val, seen)
		}
		b.WriteByte('}')
	case *Set:
		if seen.has(x) {
			b.WriteString(x.typeName() + "(...)")
			return
		}
		seen = append(seen, x)
		if x.Len() == 0 {
			b.WriteString(x.typeName() + "()")
			return
		}
		if x.Frozen {
			b.WriteString("frozenset(")
		}
		b.WriteByte('{')
		for i, it := range x.ordered() {
			if i > 0 {
				b.WriteString(", ")
			}
			writeRepr(b, it, seen)
		}
		b.WriteByte('}')
		if x.Frozen {
			b.WriteByte(')')
		}
	case *Exception:
		b.WriteString(ExcRepr(x))
	case Object:
		b.WriteString(x.PyRepr())
	default:
		if n, ok := otherInt(v); ok {
			b.WriteString(strconv.FormatInt(n, 10))
			return
		}
		if f, ok := v.(float32); ok {
			b.WriteString(FloatRepr(float64(f)))
			return
		}
		b.WriteString("<" + TypeName(v) + " object at " + addrHex(v) + ">")
	}
}

// otherInt accepts the Go integer kinds runtime code may hand us.
func otherInt(v any) (int64, bool) {
	switch n := v.(type) {
	case int64:
		return n, true
	case int32:
		return int64(n), true
	case int16:
		return int64(n), true
	case int8:
		return int64(n), true
	case uint:
		return int64(n), true
	case uint64:
		return int64(n), true
	case uint32:
		return int64(n), true
	case uint16:
		return int64(n), true
	case uint8:
		return int64(n), true
	}
	return 0, false
}

// StrRepr is repr() of a str: CPython's quote choice and escapes.
func StrRepr(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte(quote)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == rune(quote) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < 0x20 || r == 0x7f:
			b.WriteString(`\x` + hex2(int(r)))
		case r < 0x7f:
			b.WriteRune(r)
		case isPrintable(r):
			b.WriteRune(r)
		case r < 0x100:
			b.WriteString(`\x` + hex2(int(r)))
		case r < 0x10000:
			b.WriteString(`\u` + leftPad(strconv.FormatInt(int64(r), 16), 4, '0'))
		default:
			b.WriteString(`\U` + leftPad(strconv.FormatInt(int64(r), 16), 8, '0'))
		}
	}
	b.WriteByte(quote)
	return b.String()
}

// isPrintable follows str.isprintable: everything but categories
// Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs other than the ASCII space.
func isPrintable(r rune) bool {
	if r == utf8.RuneError {
		return true
	}
	return unicode.IsPrint(r)
}

func hex2(n int) string {
	const digits = "0123456789abcdef"
	return string([]byte{digits[n>>4&15], digits[n&15]})
}

func leftPad(s string, n int, c byte) string {
	for len(s) < n {
		s = string(c) + s
	}
	return s
}

// FloatRepr is repr(float): the shortest round-tripping digits, in
// positional notation for exponents in [-4, 16) and scientific otherwise.
func FloatRepr(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		return "nan"
	}
	digits, exp, neg := shortestDigits(f)
	s := formatDecimal(digits, exp, -4, 16, true)
	if neg {
		return "-" + s
	}
	return s
}

// shortestDigits returns the shortest round-trip digit string and the
// decimal exponent of its first digit (d.ddd × 10^exp).
func shortestDigits(f float64) (digits string, exp int, neg bool) {
	s := strconv.FormatFloat(f, 'e', -1, 64)
	if s[0] == '-' {
		neg = true
		s = s[1:]
	}
	mant, e, _ := strings.Cut(s, "e")
	exp, _ = strconv.Atoi(e)
	digits = strings.Replace(mant, ".", "", 1)
	digits = strings.TrimRight(digits, "0")
	if digits == "" {
		digits = "0"
	}
	return digits, exp, neg
}

// formatDecimal lays out digits×10^exp like CPython's repr-style formatting:
// positional when lo <= exp < hi, else "d.ddde+XX". addDotZero appends ".0"
// to integral positional output.
func formatDecimal(digits string, exp, lo, hi int, addDotZero bool) string {
	if digits == "0" {
		exp = 0
	}
	if exp < lo || exp >= hi {
		var b strings.Builder
		b.WriteByte(digits[0])
		if len(digits) > 1 {
			b.WriteByte('.')
			b.WriteString(digits[1:])
		}
		b.WriteString(expSuffix(exp))
		return b.String()
	}
	var s string
	if exp < 0 {
		s = "0." + strings.Repeat("0", -exp-1) + digits
	} else if exp+1 >= len(digits) {
		s = digits + strings.Repeat("0", exp+1-len(digits))
		if addDotZero {
			s += ".0"
		}
	} else {
		s = digits[:exp+1] + "." + digits[exp+1:]
	}
	return s
}

func expSuffix(exp int) string {
	sign := "+"
	if exp < 0 {
		sign = "-"
		exp = -exp
	}
	return "e" + sign + leftPad(strconv.Itoa(exp), 2, '0')
}

// TypeName is type(v).__name__.
func TypeName(v any) string {
	switch x := v.(type) {
	case nil:
		return "NoneType"
	case bool:
		return "bool"
	case int, *big.Int:
		return "int"
	case float64, float32:
		return "float"
	case string:
		return "str"
	case *List:
		return "list"
	case Tuple:
		return "tuple"
	case *Dict:
		return "dict"
	case *Set:
		return x.typeName()
	case *Range:
		return "range"
	case *SliceObj:
		return "slice"
	case *Function:
		return x.typeName()
	case *Class:
		return "type"
	case *Exception:
		return x.Class.Name
	case TypeNamer:
		return x.PyType()
	}
	if _, ok := otherInt(v); ok {
		return "int"
	}
	return "object"
}

// maxStrDigits is CPython's default sys.get_int_max_str_digits().
const maxStrDigits = 4300

// bigDecimal is str(int) for big ints, with CPython's digit limit.
func bigDecimal(x *big.Int) string {
	if x.BitLen() > maxStrDigits*3 {
		s := x.String()
		digits := len(s)
		if x.Sign() < 0 {
			digits--
		}
		if digits > maxStrDigits {
			panic(New(ValueError, "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"))
		}
		return s
	}
	return x.String()
}
