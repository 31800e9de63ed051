package py

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Formatter is implemented by objects with their own __format__.
type Formatter interface{ PyFormat(spec string) string }

// formatSpec is a parsed format-spec mini-language string.
type formatSpec struct {
	fill      rune
	align     byte // 0, '<', '>', '^', '='
	sign      byte // 0, '+', '-', ' '
	z         bool
	alt       bool
	zero      bool
	width     int
	grouping  byte // 0, ',', '_'
	precision int  // -1 if absent
	typ       rune // 0 if absent
	// implicitAlign marks the '=' that a leading '0' implies; strings
	// ignore it and pad on the right.
	implicitAlign bool
}

func parseSpec(spec string, typeName string) formatSpec {
	fs := formatSpec{fill: ' ', precision: -1}
	s := spec
	for _, r := range spec {
		if r >= utf8.RuneSelf && unicode.IsDigit(r) {
			// CPython reads any Unicode decimal digit as part of a width or
			// precision (Py_UNICODE_TODECIMAL); rt reads ASCII ones only.
			Unsupported("a non-ASCII digit in a format specifier")
		}
	}
	isAlign := func(c byte) bool { return c == '<' || c == '>' || c == '^' || c == '=' }
	fillGiven := false
	if r, n := utf8.DecodeRuneInString(s); n > 0 && n < len(s) && isAlign(s[n]) {
		fs.fill, fs.align, fillGiven = r, s[n], true
		s = s[n+1:]
	} else if len(s) > 0 && isAlign(s[0]) {
		fs.align = s[0]
		s = s[1:]
	}
	if len(s) > 0 && (s[0] == '+' || s[0] == '-' || s[0] == ' ') {
		fs.sign = s[0]
		s = s[1:]
	}
	if len(s) > 0 && s[0] == 'z' {
		fs.z = true
		s = s[1:]
	}
	if len(s) > 0 && s[0] == '#' {
		fs.alt = true
		s = s[1:]
	}
	// A '0' after an explicit fill is only the width's first digit: the
	// zero-padding special case applies when no fill was given.
	if len(s) > 0 && s[0] == '0' && !fillGiven {
		fs.zero = true
		s = s[1:]
	}
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 {
		fs.width, _ = strconv.Atoi(s[:i])
		s = s[i:]
	}
	if len(s) > 0 && (s[0] == ',' || s[0] == '_') {
		fs.grouping = s[0]
		s = s[1:]
		// A different second separator is refused here; a repeated one
		// is left to be read as the type, as CPython's parser does.
		if len(s) > 0 && (s[0] == ',' || s[0] == '_') && s[0] != fs.grouping {
			panic(New(ValueError, "Cannot specify both ',' and '_'."))
		}
	}
	if len(s) > 0 && s[0] == '.' {
		s = s[1:]
		i = 0
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		if i == 0 {
			panic(New(ValueError, "Format specifier missing precision"))
		}
		fs.precision, _ = strconv.Atoi(s[:i])
		s = s[i:]
	}
	if utf8.RuneCountInString(s) > 1 {
		panic(New(ValueError, "Invalid format specifier '"+spec+"' for object of type '"+typeName+"'"))
	}
	if s != "" {
		fs.typ, _ = utf8.DecodeRuneInString(s)
		if fs.typ == 0 {
			// 0 stands for "no type" here; a NUL presentation type is
			// refused by name rather than formatted as the default.
			Unsupported("a NUL character as a format specifier's type")
		}
	}
	// The separator check is part of parsing in CPython, so it comes before any check of
	// the type: '_' also goes with b, o, x and X.
	typ := fs.typ
	if typ == 0 && typeName == "str" {
		typ = 's' // str's default presentation type takes part in the check
	}
	if fs.grouping != 0 && !strings.ContainsRune("defgEG%F", rune(typ)) && typ != 0 &&
		!(fs.grouping == '_' && strings.ContainsRune("boxX", rune(typ))) {
		t := string(typ)
		if typ <= 32 || typ >= 128 {
			t = `\x` + strconv.FormatInt(int64(typ), 16)
		}
		panic(New(ValueError, "Cannot specify '"+string(fs.grouping)+"' with '"+t+"'."))
	}
	if fs.zero && fs.align == 0 {
		fs.fill, fs.align, fs.implicitAlign = '0', '=', true
	}
	if fs.zero && fs.fill == ' ' && fs.align != 0 {
		fs.fill = '0'
	}
	return fs
}

// Format is format(v, spec).
func Format(v any, spec string) string {
	switch x := v.(type) {
	case string:
		return formatStr(x, spec)
	case bool:
		if spec == "" {
			return Str(x)
		}
		return formatInt(num{kind: kInt, i: b2i(x)}, spec, "bool")
	case int:
		if spec == "" {
			return strconv.Itoa(x)
		}
		return formatInt(num{kind: kInt, i: x}, spec, "int")
	case *big.Int:
		return formatInt(num{kind: kBig, b: x}, spec, "int")
	case float64:
		return formatFloat(x, spec, "float")
	case Formatter:
		return x.PyFormat(spec)
	}
	if n, ok := otherInt(v); ok {
		return formatInt(num{kind: kInt, i: int(n)}, spec, "int")
	}
	if spec != "" {
		panic(New(TypeError, "unsupported format string passed to "+TypeName(v)+".__format__"))
	}
	return Str(v)
}

// FormatConv applies an f-string/str.format conversion: !r, !s, !a.
func FormatConv(v any, conv byte) any {
	switch conv {
	case 'r':
		return Repr(v)
	case 's':
		return Str(v)
	case 'a':
		return Ascii(v)
	}
	panic(New(ValueError, "Unknown conversion specifier "+string(conv)))
}

func pad(s string, fs formatSpec, defaultAlign byte) string {
	n := utf8.RuneCountInString(s)
	if n >= fs.width {
		return s
	}
	fill := strings.Repeat(string(fs.fill), fs.width-n)
	align := fs.align
	if align == 0 {
		align = defaultAlign
	}
	switch align {
	case '<':
		return s + fill
	case '^':
		left := (fs.width - n) / 2
		return strings.Repeat(string(fs.fill), left) + s + strings.Repeat(string(fs.fill), fs.width-n-left)
	}
	return fill + s
}

func formatStr(s, spec string) string {
	if spec == "" {
		return s
	}
	fs := parseSpec(spec, "str")
	if fs.typ != 0 && fs.typ != 's' {
		panic(New(ValueError, "Unknown format code "+formatCodeName(fs.typ)+" for object of type 'str'"))
	}
	if fs.sign == ' ' {
		panic(New(ValueError, "Space not allowed in string format specifier"))
	}
	if fs.sign != 0 {
		panic(New(ValueError, "Sign not allowed in string format specifier"))
	}
	if fs.z {
		panic(New(ValueError, "Negative zero coercion (z) not allowed in string format specifier"))
	}
	if fs.alt {
		panic(New(ValueError, "Alternate form (#) not allowed in string format specifier"))
	}
	if fs.implicitAlign {
		fs.align = '<'
	}
	if fs.align == '=' {
		panic(New(ValueError, "'=' alignment not allowed in string format specifier"))
	}
	if fs.precision >= 0 && utf8.RuneCountInString(s) > fs.precision {
		s = string([]rune(s)[:fs.precision])
	}
	return pad(s, fs, '<')
}

// group inserts sep every size digits from the right, zero-extending the
// digits up to minWidth the way CPython pads grouped numbers with '0'.
func group(digits string, sep byte, size, minWidth int) string {
	var out []byte
	count := 0
	for i := len(digits) - 1; i >= 0; i-- {
		if count == size {
			out = append(out, sep)
			count = 0
		}
		out = append(out, digits[i])
		count++
	}
	for len(out) < minWidth {
		if count == size {
			out = append(out, sep)
			count = 0
			if len(out) >= minWidth {
				out = append(out, '0')
				break
			}
		}
		out = append(out, '0')
		count++
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return string(out)
}

// finishNumber applies sign, grouping, prefix and padding to a magnitude.
// intPart is grouped; rest (fraction, exponent, suffix) follows it.
func finishNumber(neg bool, prefix, intPart, rest string, fs formatSpec, groupSize int) string {
	sign := ""
	if neg {
		sign = "-"
	} else if fs.sign == '+' {
		sign = "+"
	} else if fs.sign == ' ' {
		sign = " "
	}
	if fs.grouping != 0 && groupSize > 0 {
		minWidth := 0
		if fs.align == '=' && fs.fill == '0' {
			minWidth = fs.width - len(sign) - len(prefix) - utf8.RuneCountInString(rest)
		}
		intPart = group(intPart, fs.grouping, groupSize, minWidth)
	}
	body := intPart + rest
	if fs.align == '=' {
		n := len(sign) + len(prefix) + utf8.RuneCountInString(body)
		if n < fs.width {
			body = strings.Repeat(string(fs.fill), fs.width-n) + body
		}
		return sign + prefix + body
	}
	return pad(sign+prefix+body, fs, '>')
}

func formatInt(n num, spec, typeName string) string {
	fs := parseSpec(spec, typeName)
	switch fs.typ {
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		return formatFloatSpec(n.float(), fs)
	case 'n':
		fs.typ = 'd'
	case 0:
		fs.typ = 'd'
	case 'd', 'b', 'o', 'x', 'X', 'c':
	default:
		panic(New(ValueError, "Unknown format code "+formatCodeName(fs.typ)+" for object of type '"+typeName+"'"))
	}
	if fs.precision >= 0 {
		panic(New(ValueError, "Precision not allowed in integer format specifier"))
	}
	if fs.z {
		panic(New(ValueError, "Negative zero coercion (z) not allowed in integer format specifier"))
	}
	if n.kind == kInt && fs.typ != 'c' {
		// A machine int formats without math/big.
		return formatSmallInt(n.i, fs)
	}
	b := n.big()
	neg := b.Sign() < 0
	mag := new(big.Int).Abs(b)
	groupSize := 3
	prefix := ""
	var digits string
	switch fs.typ {
	case 'd':
		digits = bigDecimal(mag)
	case 'b':
		digits, prefix, groupSize = mag.Text(2), "0b", 4
	case 'o':
		digits, prefix, groupSize = mag.Text(8), "0o", 4
	case 'x':
		digits, prefix, groupSize = mag.Text(16), "0x", 4
	case 'X':
		digits, prefix, groupSize = strings.ToUpper(mag.Text(16)), "0X", 4
	case 'c':
		if fs.sign != 0 {
			panic(New(ValueError, "Sign not allowed with integer format specifier 'c'"))
		}
		if fs.alt {
			panic(New(ValueError, "Alternate form (#) not allowed with integer format specifier 'c'"))
		}
		if !b.IsInt64() {
			panic(New(OverflowError, "Python int too large to convert to C long"))
		}
		if b.Int64() < 0 || b.Int64() > 0x10ffff {
			panic(New(OverflowError, "%c arg not in range(0x110000)"))
		}
		return pad(string(rune(b.Int64())), fs, '>')
	}
	if !fs.alt {
		prefix = ""
	}
	return finishNumber(neg, prefix, digits, "", fs, groupSize)
}

func formatFloat(f float64, spec, typeName string) string {
	if spec == "" {
		return FloatRepr(f)
	}
	fs := parseSpec(spec, typeName)
	switch fs.typ {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n':
	default:
		panic(New(ValueError, "Unknown format code "+formatCodeName(fs.typ)+" for object of type '"+typeName+"'"))
	}
	return formatFloatSpec(f, fs)
}

func formatFloatSpec(f float64, fs formatSpec) string {
	if fs.typ == 'n' {
		fs.typ = 'g'
	}
	neg := math.Signbit(f) && !math.IsNaN(f)
	a := math.Abs(f)
	upper := fs.typ == 'E' || fs.typ == 'F' || fs.typ == 'G'
	if math.IsInf(f, 0) || math.IsNaN(f) {
		s := "inf"
		if math.IsNaN(f) {
			s = "nan"
		}
		if upper {
			s = strings.ToUpper(s)
		}
		if fs.typ == '%' {
			s += "%"
		}
		return finishNumber(neg, "", "", s, fs, 0)
	}
	var body string
	switch fs.typ {
	case 'f', 'F':
		p := fs.precision
		if p < 0 {
			p = 6
		}
		body = strconv.FormatFloat(a, 'f', p, 64)
		if fs.alt && p == 0 {
			body += "."
		}
	case '%':
		p := fs.precision
		if p < 0 {
			p = 6
		}
		body = strconv.FormatFloat(a*100, 'f', p, 64)
		if math.IsInf(a*100, 0) { // a finite value whose percentage overflows
			body = "inf"
		} else if fs.alt && p == 0 {
			body += "."
		}
		body += "%"
	case 'e', 'E':
		p := fs.precision
		if p < 0 {
			p = 6
		}
		body = strconv.FormatFloat(a, 'e', p, 64)
		if fs.alt && p == 0 {
			body = strings.Replace(body, "e", ".e", 1)
		}
	case 'g', 'G':
		p := fs.precision
		if p < 0 {
			p = 6
		}
		body = formatG(a, p, fs.alt, false)
	default: // no type
		if fs.precision < 0 {
			body = FloatRepr(a)
			if fs.alt && !strings.Contains(body, ".") {
				// repr mode with Py_DTSF_ALT keeps the point: '1.e+16'
				body = strings.Replace(body, "e", ".e", 1)
			}
		} else {
			body = formatG(a, fs.precision, fs.alt, true)
		}
	}
	if upper {
		body = strings.ToUpper(body)
	}
	if fs.z && neg && isZeroDigits(body) {
		neg = false
	}
	intPart, rest := splitNumber(body)
	return finishNumber(neg, "", intPart, rest, fs, 3)
}

func isZeroDigits(s string) bool {
	for _, c := range s {
		if c >= '1' && c <= '9' {
			return false
		}
		if c == 'e' || c == 'E' {
			break
		}
	}
	return true
}

// splitNumber separates the leading digits (which grouping applies to).
func splitNumber(s string) (string, string) {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return s[:i], s[i:]
}

// formatG is the 'g' presentation; reprStyle is the no-type variant that
// keeps at least one fractional digit and switches to exponent like repr.
func formatG(a float64, p int, alt, reprStyle bool) string {
	if p == 0 {
		p = 1
	}
	e := strconv.FormatFloat(a, 'e', p-1, 64)
	mant, expStr, _ := strings.Cut(e, "e")
	exp, _ := strconv.Atoi(expStr)
	digits := strings.Replace(mant, ".", "", 1)
	if a == 0 {
		exp = 0
	}
	useFixed := -4 <= exp && exp < p
	if reprStyle {
		useFixed = -4 <= exp && exp < p-1
	}
	if useFixed {
		decimals := p - 1 - exp
		s := strconv.FormatFloat(a, 'f', decimals, 64)
		if !alt && strings.Contains(s, ".") {
			s = strings.TrimRight(s, "0")
			s = strings.TrimSuffix(s, ".")
		}
		if reprStyle && !strings.Contains(s, ".") {
			s += ".0"
		}
		if alt && !strings.Contains(s, ".") {
			s += "."
		}
		return s
	}
	if !alt {
		digits = strings.TrimRight(digits, "0")
		if digits == "" {
			digits = "0"
		}
	}
	s := digits[:1]
	if len(digits) > 1 {
		s += "." + digits[1:]
	} else if alt {
		s += "."
	}
	return s + expSuffix(exp)
}

// formatCodeName quotes an unknown presentation type as CPython's
// unknown_presentation_type does: printable ASCII as is, anything else as a
// \x escape of its code point.
func formatCodeName(c rune) string {
	if c > 32 && c < 128 {
		return "'" + string(c) + "'"
	}
	return "'\\x" + strconv.FormatInt(int64(c), 16) + "'"
}
