package py

import (
	"math/big"
	"strings"
)

// Conversions between bytes and the other builtin types: int.to_bytes,
// int.from_bytes, str(b, encoding), bytes % args, and the class methods
// bytes.fromhex/bytearray.fromhex.

func init() {
	methodNames["bytes"] = bytesMethods
	methodNames["bytearray"] = bytearrayMethods
	sampleValues["bytes"] = Bytes("")
	sampleValues["bytearray"] = &ByteArray{}
}

// bytesClassMethod is a class method read from bytes, bytearray or int.
func bytesClassMethod(c *Class, name string) (*Function, bool) {
	var fn func(args []any, kw []KW) any
	switch {
	case (c == BytesType || c == ByteArrayType) && name == "fromhex":
		fn = func(args []any, kw []KW) any {
			noKw("fromhex", kw)
			arity("fromhex", args, 1, 1)
			return bytesFromHex(c, args[0])
		}
	case c == IntType && name == "from_bytes":
		fn = intFromBytes
	default:
		return nil, false
	}
	f := NewBuiltin(name, fn)
	f.Self = c
	return f, true
}

// byteorderArgs binds (length/bytes, byteorder, *, signed) of to_bytes and
// from_bytes; first is the first parameter's name.
func byteorderArgs(name, first string, args []any, kw []KW, firstDefault any) (any, bool, bool) {
	vals := []any{firstDefault, "big"}
	signed := false
	if len(args) > 2 {
		panic(New(TypeError, name+"() takes at most 2 positional arguments ("+itoa(len(args))+" given)"))
	}
	copy(vals, args)
	for _, k := range kw {
		switch k.Name {
		case first:
			vals[0] = k.Value
		case "byteorder":
			vals[1] = k.Value
		case "signed":
			signed = Truth(k.Value)
		default:
			panic(New(TypeError, name+"() got an unexpected keyword argument '"+k.Name+"'"))
		}
	}
	order, ok := vals[1].(string)
	if !ok {
		panic(New(TypeError, name+"() argument 'byteorder' must be str, not "+TypeName(vals[1])))
	}
	if order != "big" && order != "little" {
		panic(New(ValueError, "byteorder must be either 'little' or 'big'"))
	}
	return vals[0], order == "little", signed
}

// intToBytes is int.to_bytes(length=1, byteorder='big', *, signed=False).
func intToBytes(v any, args []any, kw []KW) any {
	lengthArg, little, signed := byteorderArgs("to_bytes", "length", args, kw, 1)
	length := indexArg(lengthArg)
	if length < 0 {
		panic(New(ValueError, "length argument must be non-negative"))
	}
	n := toNum(v).big()
	if n.Sign() < 0 && !signed {
		panic(New(OverflowError, "can't convert negative int to unsigned"))
	}
	x := new(big.Int).Set(n)
	if n.Sign() < 0 {
		// Two's complement in length bytes.
		x.Add(x, new(big.Int).Lsh(big.NewInt(1), uint(8*length)))
	}
	fits := x.Sign() >= 0 && x.BitLen() <= 8*length
	if signed && length > 0 {
		// The top bit of the result must be the sign.
		half := new(big.Int).Lsh(big.NewInt(1), uint(8*length-1))
		if n.Sign() >= 0 && n.Cmp(half) >= 0 || n.Sign() < 0 && new(big.Int).Neg(n).Cmp(half) > 0 {
			fits = false
		}
	}
	if !fits || length == 0 && n.Sign() != 0 {
		panic(New(OverflowError, "int too big to convert"))
	}
	out := make([]byte, length)
	x.FillBytes(out)
	if little {
		for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
			out[i], out[j] = out[j], out[i]
		}
	}
	return Bytes(out)
}

// intFromBytes is int.from_bytes(bytes, byteorder='big', *, signed=False).
func intFromBytes(args []any, kw []KW) any {
	if len(args) == 0 && len(kw) == 0 {
		panic(New(TypeError, "from_bytes() missing required argument 'bytes' (pos 1)"))
	}
	src, little, signed := byteorderArgs("from_bytes", "bytes", args, kw, nil)
	s, ok := asBytes(src)
	if !ok {
		if _, isStr := src.(string); isStr {
			panic(New(TypeError, "cannot convert 'str' object to bytes"))
		}
		s = newBytes("bytes", []any{src}, nil)
	}
	b := []byte(s)
	if little {
		for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
			b[i], b[j] = b[j], b[i]
		}
	}
	x := new(big.Int).SetBytes(b)
	if signed && len(b) > 0 && b[0]&0x80 != 0 {
		x.Sub(x, new(big.Int).Lsh(big.NewInt(1), uint(8*len(b))))
	}
	return normBig(x)
}

// strDecode is str(object, encoding, errors): bytes decoded.
func strDecode(a []any, kw []KW) any {
	if len(a) > 3 {
		panic(New(TypeError, "str() takes at most 3 arguments ("+itoa(len(a))+" given)"))
	}
	var obj any = ""
	var rest []any
	if len(a) > 0 {
		obj, rest = a[0], a[1:]
	}
	var codecKw []KW
	for _, k := range kw {
		if k.Name == "object" {
			obj = k.Value
			continue
		}
		if k.Name != "encoding" && k.Name != "errors" {
			panic(New(TypeError, "'"+k.Name+"' is an invalid keyword argument for str()"))
		}
		codecKw = append(codecKw, k)
	}
	enc, errs := codecArgs("str", rest, codecKw)
	s, ok := asBytes(obj)
	if !ok {
		if _, isStr := obj.(string); isStr {
			panic(New(TypeError, "decoding str is not supported"))
		}
		panic(New(TypeError, "decoding to str: need a bytes-like object, "+TypeName(obj)+" found"))
	}
	return decode(s, lookupCodec(enc), errs)
}

// bytesPercent is `format % args` for bytes and bytearray: %s and %b take
// bytes-like values, %r and %a are ascii(), %c takes an int or one byte;
// the numeric conversions are str's.
func bytesPercent(format string, args any) string {
	positional := []any{args}
	single := true
	if t, ok := args.(Tuple); ok {
		positional, single = t, false
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
	var b strings.Builder
	for i := 0; i < len(format); {
		c := format[i]
		if c != '%' {
			b.WriteByte(c)
			i++
			continue
		}
		i++
		if i >= len(format) {
			panic(New(ValueError, "incomplete format"))
		}
		if format[i] == '%' {
			b.WriteByte('%')
			i++
			continue
		}
		if format[i] == '(' {
			Unsupported("bytes %-formatting with a mapping key")
		}
		start := i
		for i < len(format) && strings.IndexByte("-+ #0", format[i]) >= 0 {
			i++
		}
		for i < len(format) && (format[i] >= '0' && format[i] <= '9' || format[i] == '.') {
			i++
		}
		if i < len(format) && format[i] == '*' {
			Unsupported("bytes %-formatting with a '*' width")
		}
		if i >= len(format) {
			panic(New(ValueError, "incomplete format"))
		}
		flags := format[start:i]
		conv := format[i]
		i++
		arg := nextArg()
		switch conv {
		case 's', 'b':
			s, ok := asBytes(arg)
			if !ok {
				panic(New(TypeError, "%b requires a bytes-like object, or an object that implements __bytes__, not '"+TypeName(arg)+"'"))
			}
			b.WriteString(latin1Bytes(PercentFormat("%"+flags+"s", latin1Str(s))))
		case 'r', 'a':
			b.WriteString(PercentFormat("%"+flags+"a", Tuple{arg}))
		case 'c':
			var ch string
			if s, ok := asBytes(arg); ok && len(s) == 1 {
				ch = s
			} else if _, isInt := arg.(int); isInt {
				n := arg.(int)
				if n < 0 || n > 255 {
					panic(New(OverflowError, "%c arg not in range(256)"))
				}
				ch = string([]byte{byte(n)})
			} else {
				panic(New(TypeError, "%c requires an integer in range(256) or a single byte"))
			}
			b.WriteString(latin1Bytes(PercentFormat("%"+flags+"s", latin1Str(ch))))
		case 'd', 'i', 'u', 'x', 'X', 'o', 'e', 'E', 'f', 'F', 'g', 'G':
			b.WriteString(PercentFormat("%"+flags+string(conv), Tuple{arg}))
		default:
			panic(New(ValueError, "unsupported format character '"+string(rune(conv))+"' (0x"+hexLower(int(conv))+") at index "+itoa(i-1)))
		}
	}
	if next < len(positional) && !(single && isMappingArg(args)) {
		panic(New(TypeError, "not all arguments converted during bytes formatting"))
	}
	return b.String()
}

func hexLower(n int) string {
	const digits = "0123456789abcdef"
	if n < 16 {
		return digits[n : n+1]
	}
	return hexLower(n/16) + digits[n%16:n%16+1]
}

// latin1Str maps each byte to the code point of the same value, so str
// code that counts code points counts bytes; latin1Bytes maps back.
func latin1Str(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		b.WriteRune(rune(s[i]))
	}
	return b.String()
}

func latin1Bytes(s string) string {
	var b strings.Builder
	for _, r := range s {
		b.WriteByte(byte(r))
	}
	return b.String()
}

// jsonBytesText is json.loads's decoding of bytes: detect_encoding finds
// UTF-8 (with or without a BOM) unless the first bytes hold a NUL or a
// UTF-16/32 BOM.
func jsonBytesText(b string) string {
	if strings.HasPrefix(b, "\xef\xbb\xbf") {
		b = b[3:]
	} else if strings.HasPrefix(b, "\xff\xfe") || strings.HasPrefix(b, "\xfe\xff") || strings.IndexByte(b[:min(len(b), 4)], 0) >= 0 {
		Unsupported("json.loads of UTF-16 or UTF-32 bytes")
	}
	for i := 0; i < len(b); {
		n, code := utf8Step(b[i:])
		if code != 0 {
			Unsupported("json.loads of bytes that are not UTF-8 (a UnicodeDecodeError from json's decode)")
		}
		i += n
	}
	return b
}

// intFromBytesLiteral is int(b'...'[, base]): the bytes parsed as ASCII
// text, with the literal's bytes repr in the error.
func intFromBytesLiteral(s string, base any) any {
	b := 10
	if base != nil {
		b = indexArg(base)
	}
	invalid := func() *Exception {
		return New(ValueError, "invalid literal for int() with base "+itoa(b)+": "+bytesRepr(s, false))
	}
	for i := 0; i < len(s); i++ {
		// str's int() also skips these as whitespace; bytes' does not.
		if s[i] >= 0x80 || s[i] >= 0x1c && s[i] <= 0x1f {
			panic(invalid())
		}
	}
	var r any
	if exc := Try(func() { r = ParseInt(s, b) }); exc != nil {
		if exc.Is(ValueError) && strings.HasPrefix(ExcStr(exc), "invalid literal") {
			panic(invalid())
		}
		panic(exc)
	}
	return r
}

// floatFromBytes is float(b'...') and float(bytearray(...)): the bytes
// read as ASCII text (PyFloat_FromString); the error shows the argument's
// own repr, so a bytearray's names its type.
func floatFromBytes(s string, arg any) float64 {
	invalid := func() *Exception {
		return New(ValueError, "could not convert string to float: "+Repr(arg))
	}
	for i := 0; i < len(s); i++ {
		// str's float() also skips these as whitespace; bytes' does not.
		if s[i] >= 0x80 || s[i] >= 0x1c && s[i] <= 0x1f {
			panic(invalid())
		}
	}
	var r float64
	if exc := Try(func() { r = ParseFloat(s) }); exc != nil {
		if exc.Is(ValueError) {
			panic(invalid())
		}
		panic(exc)
	}
	return r
}
