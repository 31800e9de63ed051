package py

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"
)

// isMappingArg is PyMapping_Check for the right operand of str %: true
// for the types with a mapping subscript (dict and its subclasses, list,
// range, Counter, user classes defining __getitem__), false for str and
// deque (and tuple, which the caller handles first).
func isMappingArg(x any) bool {
	switch v := x.(type) {
	case *Dict, *List, *Range:
		return true
	case *Instance:
		return v.special("__getitem__") != nil
	case string, *Deque: // deque subscripts as a sequence only
		return false
	}
	_, ok := x.(ItemGetter)
	return ok
}

// PercentFormat is `format % args` for a str.
func PercentFormat(format string, args any) string {
	var positional []any
	// mapping is CPython's ctx.dict: any argument but a tuple or a str
	// that has __getitem__ (PyMapping_Check), so a list or a range too.
	// It is read by %(key)s, and it excuses an unconsumed argument.
	var mapping any
	single := false
	switch a := args.(type) {
	case Tuple:
		positional = a
	default:
		if isMappingArg(args) {
			mapping = args
		}
		positional = []any{args}
		single = true
	}
	next := 0
	nextArg := func() any {
		if next >= len(positional) {
			panic(New(TypeError, "not enough arguments for format string"))
		}
		v := positional[next]
		next++
		return v
	}
	usedMapping := false
	var b strings.Builder
	for i := 0; i < len(format); {
		c := format[i]
		if c != '%' {
			j := strings.IndexByte(format[i:], '%')
			if j < 0 {
				b.WriteString(format[i:])
				break
			}
			b.WriteString(format[i : i+j])
			i += j
			continue
		}
		start := i
		i++
		if i >= len(format) {
			panic(New(ValueError, "incomplete format"))
		}
		// Only "%%" is a literal percent: with flags, width or a key in between, '%' is a
		// conversion character that takes an argument and is then rejected (CPython 3.11).
		if format[i] == '%' {
			b.WriteByte('%')
			i++
			continue
		}
		var arg any
		haveArg := false
		if format[i] == '(' {
			if mapping == nil {
				panic(New(TypeError, "format requires a mapping"))
			}
			depth := 1
			j := i + 1
			for j < len(format) && depth > 0 {
				if format[j] == '(' {
					depth++
				} else if format[j] == ')' {
					depth--
				}
				j++
			}
			if depth > 0 {
				panic(New(ValueError, "incomplete format key"))
			}
			key := format[i+1 : j-1]
			arg, haveArg = GetItem(mapping, key), true
			usedMapping = true
			i = j
		}
		fs := formatSpec{fill: ' ', precision: -1}
		left := false
	flags:
		for i < len(format) {
			switch format[i] {
			case '-':
				left = true
			case '+':
				fs.sign = '+'
			case ' ':
				if fs.sign == 0 {
					fs.sign = ' '
				}
			case '#':
				fs.alt = true
			case '0':
				fs.zero = true
			default:
				break flags
			}
			i++
		}
		readNum := func() int {
			if i < len(format) && format[i] == '*' {
				i++
				v := nextArg()
				n, ok := v.(int)
				if b, isBool := v.(bool); isBool { // bool is an int (PyLong_Check)
					n, ok = b2i(b), true
				}
				if _, isBig := v.(*big.Int); isBig {
					panic(New(OverflowError, "Python int too large to convert to C ssize_t"))
				}
				if !ok {
					panic(New(TypeError, "* wants int"))
				}
				return n
			}
			j := i
			for i < len(format) && format[i] >= '0' && format[i] <= '9' {
				i++
			}
			n, _ := strconv.Atoi(format[j:i])
			return n
		}
		fs.width = readNum()
		if fs.width < 0 {
			left = true
			fs.width = -fs.width
		}
		if i < len(format) && format[i] == '.' {
			i++
			fs.precision = max(readNum(), 0) // a negative '*' precision counts as 0
		}
		// One length modifier is skipped ("%ld"); a second is the type.
		if i < len(format) && (format[i] == 'h' || format[i] == 'l' || format[i] == 'L') {
			i++
		}
		if i >= len(format) {
			panic(New(ValueError, "incomplete format"))
		}
		typ := format[i]
		i++
		if !haveArg {
			arg = nextArg()
		}
		if left {
			fs.align = '<'
		} else {
			fs.align = '>'
		}
		var s string
		switch typ {
		case 's', 'r', 'a':
			switch typ {
			case 's':
				s = Str(arg)
			case 'r':
				s = Repr(arg)
			default:
				s = Ascii(arg)
			}
			if fs.precision >= 0 && utf8.RuneCountInString(s) > fs.precision {
				s = string([]rune(s)[:fs.precision])
			}
			s = pad(s, fs, '>')
		case 'd', 'i', 'u', 'x', 'X', 'o':
			s = percentInt(arg, typ, fs, left)
		case 'e', 'E', 'f', 'F', 'g', 'G':
			// PyFloat_AsDouble: __float__ too (Decimal, Fraction).
			f := mathFloat(arg)
			fs.typ = rune(typ)
			if fs.precision < 0 {
				fs.precision = 6
			}
			if fs.zero && !left {
				fs.fill, fs.align = '0', '='
			}
			// The 0 flag pads inf and nan with zeros too ('%05f' % inf is
			// '00inf'), as CPython's %-formatting does.
			s = formatFloatSpec(f, fs)
		case 'c':
			switch v := arg.(type) {
			case string:
				if utf8.RuneCountInString(v) != 1 {
					panic(New(TypeError, "%c requires int or char"))
				}
				s = v
			default:
				n := toNum(arg)
				if _, big := arg.(*big.Int); big {
					panic(New(OverflowError, "%c arg not in range(0x110000)"))
				}
				if n.kind != kInt {
					panic(New(TypeError, "%c requires int or char"))
				}
				if n.i < 0 || n.i > 0x10ffff {
					panic(New(OverflowError, "%c arg not in range(0x110000)"))
				}
				s = string(rune(n.i))
			}
			s = pad(s, fs, '>')
		default:
			r, _ := utf8.DecodeRuneInString(format[i-1:])
			shown := '?' // CPython shows only printable ASCII (31..126) as itself
			if r >= 31 && r <= 126 {
				shown = r
			}
			panic(New(ValueError, "unsupported format character '"+string(shown)+"' (0x"+strconv.FormatInt(int64(r), 16)+") at index "+itoa(utf8.RuneCountInString(format[:start])+(i-1-start))))
		}
		b.WriteString(s)
	}
	if next < len(positional) && !(single && usedMapping) && !(mapping != nil && single) {
		panic(New(TypeError, "not all arguments converted during string formatting"))
	}
	return b.String()
}

func percentInt(arg any, typ byte, fs formatSpec, left bool) string {
	n := toNum(arg)
	if n.kind == notNum && (typ == 'd' || typ == 'i' || typ == 'u') {
		// PyNumber_Long: an object with __int__ (Decimal, Fraction).
		if r, ok := objUnary("__int__", arg); ok {
			n = toNum(r)
		}
	}
	switch n.kind {
	case notNum:
		if typ == 'd' || typ == 'i' || typ == 'u' {
			panic(New(TypeError, "%"+string(typ)+" format: a real number is required, not "+TypeName(arg)))
		}
		panic(New(TypeError, "%"+string(typ)+" format: an integer is required, not "+TypeName(arg)))
	case kFloat:
		if typ != 'd' && typ != 'i' && typ != 'u' {
			panic(New(TypeError, "%"+string(typ)+" format: an integer is required, not float"))
		}
		if math.IsInf(n.f, 0) {
			panic(New(OverflowError, "cannot convert float infinity to integer"))
		}
		if math.IsNaN(n.f) {
			panic(New(ValueError, "cannot convert float NaN to integer"))
		}
		bf, _ := new(big.Float).SetFloat64(math.Trunc(n.f)).Int(nil)
		n = num{kind: kBig, b: bf}
	}
	b := n.big()
	neg := b.Sign() < 0
	mag := new(big.Int).Abs(b)
	var digits, prefix string
	switch typ {
	case 'x':
		digits, prefix = mag.Text(16), "0x"
	case 'X':
		digits, prefix = strings.ToUpper(mag.Text(16)), "0X"
	case 'o':
		digits, prefix = mag.Text(8), "0o"
	default:
		digits = bigDecimal(mag)
	}
	if !fs.alt {
		prefix = ""
	}
	if fs.precision > len(digits) {
		digits = strings.Repeat("0", fs.precision-len(digits)) + digits
	}
	if fs.zero && !left {
		fs.fill, fs.align = '0', '='
	}
	fs.grouping = 0
	return finishNumber(neg, prefix, digits, "", fs, 0)
}
