package py

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// The codecs str.encode and bytes.decode offer: utf-8, ascii and latin-1,
// with the error handlers strict, replace and ignore. Other codecs and
// handlers CPython has stop the program as unsupported; names CPython does
// not know raise its LookupError.

var (
	UnicodeDecodeError = &Class{Name: "UnicodeDecodeError", Module: "builtins", Base: UnicodeError}
	UnicodeEncodeError = &Class{Name: "UnicodeEncodeError", Module: "builtins", Base: UnicodeError}
)

// codecName is CPython's name of an encoding (what its messages print), or
// "" when the codec is not one rt/py implements.
func codecName(encoding string) string {
	n := strings.ToLower(strings.NewReplacer("-", "_", " ", "_").Replace(strings.TrimSpace(encoding)))
	switch n {
	case "utf_8", "utf8", "u8", "utf", "utf8_ucs2", "utf8_ucs4", "cp65001":
		return "utf-8"
	case "ascii", "us_ascii", "646", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "cp367", "csascii",
		"ibm367", "iso646_us", "iso_646.irv_1991", "iso_ir_6", "us":
		return "ascii"
	case "latin_1", "latin1", "latin", "l1", "iso_8859_1", "iso8859_1", "8859", "cp819", "iso_ir_100", "csisolatin1",
		"ibm819", "iso_8859_1_1987":
		return "latin-1"
	}
	return ""
}

// codecArgs reads the encoding and errors arguments of encode/decode.
func codecArgs(method string, args []any, kw []KW) (enc string, errors string) {
	enc, errors = "utf-8", "strict"
	if len(args) > 2 {
		panic(New(TypeError, method+"() takes at most 2 arguments ("+itoa(len(args))+" given)"))
	}
	vals := map[string]any{}
	names := []string{"encoding", "errors"}
	for i, a := range args {
		vals[names[i]] = a
	}
	for _, k := range kw {
		if k.Name != "encoding" && k.Name != "errors" {
			panic(New(TypeError, method+"() got an unexpected keyword argument '"+k.Name+"'"))
		}
		if _, dup := vals[k.Name]; dup {
			panic(New(TypeError, "argument for "+method+"() given by name ('"+k.Name+"') and position"))
		}
		vals[k.Name] = k.Value
	}
	for i, name := range names {
		v, ok := vals[name]
		if !ok {
			continue
		}
		s, isStr := v.(string)
		if !isStr {
			panic(New(TypeError, method+"() argument '"+name+"' must be str, not "+TypeName(v)))
		}
		if i == 0 {
			enc = s
		} else {
			errors = s
		}
	}
	return enc, errors
}

func lookupCodec(encoding string) string {
	name := codecName(encoding)
	if name == "" {
		Unsupported("the '" + encoding + "' codec")
	}
	return name
}

// errorHandler checks the handler name when an error needs it.
func errorHandler(errors string) {
	switch errors {
	case "strict", "replace", "ignore":
		return
	case "backslashreplace", "xmlcharrefreplace", "namereplace", "surrogateescape", "surrogatepass":
		Unsupported("the '" + errors + "' error handler")
	}
	panic(New(LookupError, "unknown error handler name '"+errors+"'"))
}

// encodeStr is str.encode(encoding, errors).
func encodeStr(s string, encoding, errors any) string {
	enc, _ := encoding.(string)
	errs := "strict"
	if e, ok := errors.(string); ok {
		errs = e
	}
	return encode(s, lookupCodec(enc), errs)
}

func encode(s, codec, errors string) string {
	limit := rune(0x80)
	switch codec {
	case "utf-8":
		return s
	case "latin-1":
		limit = 0x100
	}
	rs := []rune(s)
	var b strings.Builder
	for i := 0; i < len(rs); {
		if rs[i] < limit {
			b.WriteByte(byte(rs[i]))
			i++
			continue
		}
		end := i + 1
		for end < len(rs) && rs[end] >= limit {
			end++
		}
		errorHandler(errors)
		switch errors {
		case "strict":
			panic(newUnicodeError(UnicodeEncodeError, codec, s, i, end, "ordinal not in range("+itoa(int(limit))+")"))
		case "replace":
			b.WriteString(strings.Repeat("?", end-i))
		}
		i = end
	}
	return b.String()
}

// decode is bytes.decode(codec, errors).
func decode(data, codec, errors string) string {
	var b strings.Builder
	fail := func(start, end int, reason string) {
		errorHandler(errors)
		switch errors {
		case "strict":
			panic(newUnicodeError(UnicodeDecodeError, codec, Bytes(data), start, end, reason))
		case "replace":
			b.WriteRune(utf8.RuneError)
		}
	}
	switch codec {
	case "latin-1":
		for i := 0; i < len(data); i++ {
			b.WriteRune(rune(data[i]))
		}
	case "ascii":
		for i := 0; i < len(data); i++ {
			if data[i] < 0x80 {
				b.WriteByte(data[i])
			} else {
				fail(i, i+1, "ordinal not in range(128)")
			}
		}
	default:
		for i := 0; i < len(data); {
			n, code := utf8Step(data[i:])
			if code == 0 {
				b.WriteString(data[i : i+n])
				i += n
				continue
			}
			switch code {
			case utf8End:
				fail(i, len(data), "unexpected end of data")
				i = len(data)
			case utf8InvalidStart:
				fail(i, i+1, "invalid start byte")
				i++
			default:
				fail(i, i+n, "invalid continuation byte")
				i += n
			}
		}
	}
	return b.String()
}

const (
	utf8End          = 1
	utf8InvalidStart = 2
	utf8InvalidCont  = 3
)

// utf8Step decodes one sequence at the start of s as CPython's
// stringlib utf8_decode does: the byte count of a valid sequence (code 0),
// or the error and, for an invalid continuation byte, how many bytes the
// error covers (those before the offending byte).
func utf8Step(s string) (int, int) {
	ch := s[0]
	isCont := func(c byte) bool { return c >= 0x80 && c < 0xC0 }
	switch {
	case ch < 0x80:
		return 1, 0
	case ch < 0xC2:
		return 1, utf8InvalidStart
	case ch < 0xE0:
		if len(s) < 2 {
			return 0, utf8End
		}
		if !isCont(s[1]) {
			return 1, utf8InvalidCont
		}
		return 2, 0
	case ch < 0xF0:
		if len(s) >= 2 && (!isCont(s[1]) || (ch == 0xE0 && s[1] < 0xA0) || (ch == 0xED && s[1] >= 0xA0)) {
			return 1, utf8InvalidCont
		}
		if len(s) < 3 {
			return 0, utf8End
		}
		if !isCont(s[2]) {
			return 2, utf8InvalidCont
		}
		return 3, 0
	case ch < 0xF5:
		if len(s) >= 2 && (!isCont(s[1]) || (ch == 0xF0 && s[1] < 0x90) || (ch == 0xF4 && s[1] >= 0x90)) {
			return 1, utf8InvalidCont
		}
		if len(s) >= 3 && !isCont(s[2]) {
			return 2, utf8InvalidCont
		}
		if len(s) < 4 {
			return 0, utf8End
		}
		if !isCont(s[3]) {
			return 3, utf8InvalidCont
		}
		return 4, 0
	}
	return 1, utf8InvalidStart
}

// newUnicodeError builds a UnicodeDecodeError/UnicodeEncodeError with
// CPython's arguments (encoding, object, start, end, reason) and attributes.
func newUnicodeError(cls *Class, codec string, object any, start, end int, reason string) *Exception {
	e := New(cls, codec, object, start, end, reason)
	e.Attrs = map[string]any{"encoding": codec, "object": object, "start": start, "end": end, "reason": reason}
	return e
}

// unicodeErrorStr is UnicodeDecodeError/UnicodeEncodeError.__str__.
func unicodeErrorStr(e *Exception) (string, bool) {
	if len(e.Args) != 5 || !(e.Class.IsSubclass(UnicodeDecodeError) || e.Class.IsSubclass(UnicodeEncodeError)) {
		return "", false
	}
	codec, _ := e.Attrs["encoding"].(string)
	start, _ := e.Attrs["start"].(int)
	end, _ := e.Attrs["end"].(int)
	reason, _ := e.Attrs["reason"].(string)
	if e.Class.IsSubclass(UnicodeDecodeError) {
		data, _ := asBytes(e.Attrs["object"])
		if end == start+1 && start < len(data) {
			return "'" + codec + "' codec can't decode byte 0x" + hex2(int(data[start])) + " in position " + itoa(start) + ": " + reason, true
		}
		return "'" + codec + "' codec can't decode bytes in position " + itoa(start) + "-" + itoa(end-1) + ": " + reason, true
	}
	s, _ := e.Attrs["object"].(string)
	rs := []rune(s)
	if end == start+1 && start < len(rs) {
		r := rs[start]
		var c string
		switch {
		case r <= 0xff:
			c = `\x` + hex2(int(r))
		case r <= 0xffff:
			c = `\u` + leftPad(strconv.FormatInt(int64(r), 16), 4, '0')
		default:
			c = `\U` + leftPad(strconv.FormatInt(int64(r), 16), 8, '0')
		}
		return "'" + codec + "' codec can't encode character '" + c + "' in position " + itoa(start) + ": " + reason, true
	}
	return "'" + codec + "' codec can't encode characters in position " + itoa(start) + "-" + itoa(end-1) + ": " + reason, true
}
