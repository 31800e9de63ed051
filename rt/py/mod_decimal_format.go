package py

import (
	"strings"
	"unicode/utf8"
)

// Decimal.__format__: _pydecimal's __format__ and its helpers
// (_parse_format_specifier, _format_number, _insert_thousands_sep,
// _format_align) with the C locale's 'n' (no grouping) and no '#', as the C module
// parses specs.

type decFormatSpec struct {
	fill, align, sign string
	noNeg0            bool
	zeropad           bool
	minWidth          int
	thousandsSep      string
	precision         int // -1: none
	typ               byte
}

// parseDecFormatSpec is _parse_format_specifier_regex and its checks.
func parseDecFormatSpec(spec string) decFormatSpec {
	bad := func() { panic(New(ValueError, "invalid format string")) }
	f := decFormatSpec{precision: -1}
	s := spec
	if r, size := utf8.DecodeRuneInString(s); size > 0 && size < len(s) && strings.IndexByte("<>=^", s[size]) >= 0 {
		f.fill, f.align = string(r), s[size:size+1]
		s = s[size+1:]
	} else if s != "" && strings.IndexByte("<>=^", s[0]) >= 0 {
		f.align = s[:1]
		s = s[1:]
	}
	if s != "" && strings.IndexByte("-+ ", s[0]) >= 0 {
		f.sign = s[:1]
		s = s[1:]
	}
	if strings.HasPrefix(s, "z") {
		f.noNeg0, s = true, s[1:]
	}
	if strings.HasPrefix(s, "#") { // the C module has no alternate form
		bad()
	}
	if strings.HasPrefix(s, "0") {
		f.zeropad, s = true, s[1:]
	}
	i := 0
	for i < len(s) && isASCIIDigit(s[i]) {
		i++
	}
	if i > 0 {
		if s[0] == '0' {
			bad()
		}
		f.minWidth = atoiDigits(s[:i])
		s = s[i:]
	}
	if strings.HasPrefix(s, ",") {
		f.thousandsSep, s = ",", s[1:]
	}
	if strings.HasPrefix(s, ".") {
		s = s[1:]
		i = 0
		for i < len(s) && isASCIIDigit(s[i]) {
			i++
		}
		if i == 0 || i > 1 && s[0] == '0' {
			bad()
		}
		f.precision = atoiDigits(s[:i])
		s = s[i:]
	}
	if s != "" {
		if len(s) > 1 || strings.IndexByte("eEfFgGn%", s[0]) < 0 {
			bad()
		}
		f.typ = s[0]
	}
	if f.zeropad && (f.fill != "" || f.align != "") {
		bad()
	}
	if f.fill == "" {
		f.fill = " "
	}
	if f.align == "" {
		f.align = ">"
	}
	if f.sign == "" {
		f.sign = "-"
	}
	if f.precision == 0 && (f.typ == 0 || f.typ == 'g' || f.typ == 'G' || f.typ == 'n') {
		f.precision = 1
	}
	if f.typ == 'n' {
		// The locale is C's (programs cannot call setlocale): no
		// grouping, a '.' point.
		if f.thousandsSep != "" {
			bad()
		}
		f.typ = 'g'
	}
	return f
}

func atoiDigits(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if n > (1<<62)/10 {
			panic(New(ValueError, "invalid format string"))
		}
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// decFormat is __format__.
func decFormat(d decVal, specText string, ctx *DecContext) string {
	spec := parseDecFormatSpec(specText)
	if d.isSpecial() {
		sign := decFormatSign(d.sign == 1, spec)
		body := d.copyAbs().str(false, ctx.capitals)
		if spec.typ == '%' {
			body += "%"
		}
		return decFormatAlign(sign, body, spec)
	}
	if spec.typ == 0 {
		spec.typ = 'g'
		if ctx.capitals == 1 {
			spec.typ = 'G'
		}
	}
	if spec.typ == '%' {
		d = fromTriple(d.sign, d.digits, d.exp+2)
	}
	rounding := ctx.rounding
	precision := spec.precision
	if precision >= 0 {
		switch spec.typ {
		case 'e', 'E':
			d = d.round(precision+1, rounding)
		case 'f', 'F', '%':
			d = d.rescale(-precision, rounding)
		case 'g', 'G':
			if len(d.digits) > precision {
				d = d.round(precision, rounding)
			}
		}
	}
	if d.isZero() && d.exp > 0 && strings.IndexByte("fF%", spec.typ) >= 0 {
		d = d.rescale(0, rounding)
	}
	adjustedSign := d.sign
	if d.isZero() && spec.noNeg0 {
		adjustedSign = 0
	}
	leftdigits := d.exp + len(d.digits)
	var dotplace int
	switch spec.typ {
	case 'e', 'E':
		dotplace = 1
		if d.isZero() && precision >= 0 {
			dotplace = 1 - precision
		}
	case 'f', 'F', '%':
		dotplace = leftdigits
	default:
		dotplace = 1
		if d.exp <= 0 && leftdigits > -6 {
			dotplace = leftdigits
		}
	}
	var intpart, fracpart string
	switch {
	case dotplace < 0:
		intpart, fracpart = "0", strings.Repeat("0", -dotplace)+d.digits
	case dotplace > len(d.digits):
		intpart = d.digits + strings.Repeat("0", dotplace-len(d.digits))
	default:
		intpart, fracpart = d.digits[:dotplace], d.digits[dotplace:]
		if intpart == "" {
			intpart = "0"
		}
	}
	return decFormatNumber(adjustedSign == 1, intpart, fracpart, leftdigits-dotplace, spec)
}

func decFormatSign(negative bool, spec decFormatSpec) string {
	switch {
	case negative:
		return "-"
	case spec.sign == " " || spec.sign == "+":
		return spec.sign
	}
	return ""
}

func decFormatAlign(sign, body string, spec decFormatSpec) string {
	n := spec.minWidth - utf8.RuneCountInString(sign) - utf8.RuneCountInString(body)
	padding := ""
	if n > 0 {
		padding = strings.Repeat(spec.fill, n)
	}
	switch spec.align {
	case "<":
		return sign + body + padding
	case "=":
		return sign + padding + body
	case "^":
		half := max(n, 0) / 2
		return strings.Repeat(spec.fill, half) + sign + body + strings.Repeat(spec.fill, max(n, 0)-half)
	}
	return padding + sign + body
}

// decInsertThousandsSep is _insert_thousands_sep with grouping [3, 0].
func decInsertThousandsSep(digits string, sep string, minWidth int) string {
	var groups []string
	for {
		l := min(max(len(digits), minWidth, 1), 3)
		if sep == "" {
			// grouping applies only with a separator; the zero padding
			// still does.
			l = max(len(digits), minWidth, 1)
			groups = append(groups, strings.Repeat("0", l-len(digits))+digits)
			break
		}
		groups = append(groups, strings.Repeat("0", max(l-len(digits), 0))+digits[max(len(digits)-l, 0):])
		digits = digits[:max(len(digits)-l, 0)]
		minWidth -= l
		if digits == "" && minWidth <= 0 {
			break
		}
		minWidth -= len(sep)
	}
	for i, j := 0, len(groups)-1; i < j; i, j = i+1, j-1 {
		groups[i], groups[j] = groups[j], groups[i]
	}
	return strings.Join(groups, sep)
}

func decFormatNumber(negative bool, intpart, fracpart string, exp int, spec decFormatSpec) string {
	sign := decFormatSign(negative, spec)
	if fracpart != "" {
		fracpart = "." + fracpart
	}
	if exp != 0 || spec.typ == 'e' || spec.typ == 'E' {
		echar := "e"
		if spec.typ == 'E' || spec.typ == 'G' {
			echar = "E"
		}
		e := itoa(exp)
		if exp >= 0 {
			e = "+" + e
		}
		fracpart += echar + e
	}
	if spec.typ == '%' {
		fracpart += "%"
	}
	minWidth := 0
	if spec.zeropad {
		minWidth = spec.minWidth - len(fracpart) - len(sign)
	}
	intpart = decInsertThousandsSep(intpart, spec.thousandsSep, minWidth)
	return decFormatAlign(sign, intpart+fracpart, spec)
}
