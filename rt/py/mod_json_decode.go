package py

import (
	"math"
	"math/big"
	"strconv"
	"strings"
)

// The json module's decoder: Modules/_json.c's scanner (CPython uses it
// whenever the C accelerator exists), with its error positions, and
// Lib/json/decoder.py's JSONDecodeError. Positions count code points, so
// the scanner works on the document's runes.

// JSONDecodeError is json.JSONDecodeError (json.decoder.JSONDecodeError).
var JSONDecodeError = &Class{Name: "JSONDecodeError", Module: "json.decoder", Base: ValueError}

type jsonDecoder struct {
	s []rune
	// frames are json/__init__.py's loads and the decoder frames an error
	// escapes through (which loads line depends on the arguments).
	loadsFrame Frame
	strict     bool
	objectHook any
	pairsHook  any
	parseFloat any
	parseInt   any
	parseConst any
}

// jsonStop is the scanner's StopIteration: no value starts at idx.
type jsonStop struct{ idx int }

// jsonError builds JSONDecodeError(msg, doc, pos) as decoder.py does.
func jsonError(msg string, doc []rune, pos int) *Exception {
	lineno, last := 1, -1
	for i := 0; i < pos && i < len(doc); i++ {
		if doc[i] == '\n' {
			lineno++
			last = i
		}
	}
	colno := pos - last
	e := New(JSONDecodeError, msg+": line "+itoa(lineno)+" column "+itoa(colno)+" (char "+itoa(pos)+")")
	e.Attrs = map[string]any{"msg": msg, "doc": string(doc), "pos": pos, "lineno": lineno, "colno": colno}
	return e
}

// fail raises a JSONDecodeError from inside the scanner (the C
// scan_once called by raw_decode).
func (d *jsonDecoder) fail(msg string, pos int) {
	panic(withLibFrames(jsonError(msg, d.s, pos), d.loadsFrame, decodeFrame, scanOnceFrame))
}

var (
	decodeFrame = libFrame("json/decoder.py", 337, "decode",
		"obj, end = self.raw_decode(s, idx=_w(s, 0).end())",
		"           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^")
	scanOnceFrame = libFrame("json/decoder.py", 353, "raw_decode",
		"obj, end = self.scan_once(s, idx)",
		"           ^^^^^^^^^^^^^^^^^^^^^^")
	expectingValueFrame = libFrame("json/decoder.py", 355, "raw_decode",
		`raise JSONDecodeError("Expecting value", s, err.value) from None`)
	extraDataFrame    = libFrame("json/decoder.py", 340, "decode", `raise JSONDecodeError("Extra data", s, end)`)
	loadsDefaultFrame = libFrame("json/__init__.py", 346, "loads",
		"return _default_decoder.decode(s)",
		"       ^^^^^^^^^^^^^^^^^^^^^^^^^^")
	loadsKwFrame = libFrame("json/__init__.py", 359, "loads",
		"return cls(**kw).decode(s)",
		"       ^^^^^^^^^^^^^^^^^^^")
)

// JSONLoads is json.loads(s, *, object_hook=None, parse_float=None,
// parse_int=None, parse_constant=None, object_pairs_hook=None,
// strict=True); strict nil is not passed (its traceback differs).
func JSONLoads(s, objectHook, parseFloat, parseInt, parseConstant, pairsHook, strict any) any {
	str, ok := s.(string)
	if b, isBytes := asBytes(s); isBytes {
		str, ok = jsonBytesText(b), true
	}
	if !ok {
		panic(withLibFrames(New(TypeError, "the JSON object must be str, bytes or bytearray, not "+pyClassName(s)),
			libFrame("json/__init__.py", 339, "loads", "raise TypeError(f'the JSON object must be str, bytes or bytearray, '")))
	}
	d := &jsonDecoder{s: []rune(str), strict: strict == nil || Truth(strict), objectHook: objectHook, pairsHook: pairsHook,
		parseFloat: parseFloat, parseInt: parseInt, parseConst: parseConstant, loadsFrame: loadsDefaultFrame}
	if objectHook != nil || parseFloat != nil || parseInt != nil || parseConstant != nil || pairsHook != nil || strict != nil {
		d.loadsFrame = loadsKwFrame
	}
	if len(d.s) > 0 && d.s[0] == '\ufeff' {
		panic(withLibFrames(jsonError("Unexpected UTF-8 BOM (decode using utf-8-sig)", d.s, 0),
			libFrame("json/__init__.py", 335, "loads", `raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)",`)))
	}
	var v any
	var end int
	func() {
		defer func() {
			if r := recover(); r != nil {
				if st, ok := r.(jsonStop); ok {
					panic(withLibFrames(jsonError("Expecting value", d.s, st.idx), d.loadsFrame, decodeFrame, expectingValueFrame))
				}
				panic(r)
			}
		}()
		v, end = d.scan(d.ws(0))
	}()
	end = d.ws(end)
	if end != len(d.s) {
		panic(withLibFrames(jsonError("Extra data", d.s, end), d.loadsFrame, extraDataFrame))
	}
	return v
}

// JSONLoad is json.load(fp, ...): json.loads(fp.read(), ...).
func JSONLoad(fp, objectHook, parseFloat, parseInt, parseConstant, pairsHook, strict any) any {
	return JSONLoads(CallMethod(fp, "read", nil, nil), objectHook, parseFloat, parseInt, parseConstant, pairsHook, strict)
}

func (d *jsonDecoder) ws(i int) int {
	for i < len(d.s) {
		switch d.s[i] {
		case ' ', '\t', '\n', '\r':
			i++
			continue
		}
		break
	}
	return i
}

func (d *jsonDecoder) at(i int) rune {
	if i < len(d.s) {
		return d.s[i]
	}
	return -1
}

func (d *jsonDecoder) hasWord(i int, w string) bool {
	return i+len(w) <= len(d.s) && string(d.s[i:i+len(w)]) == w
}

// constant is parse_constant(name), float('-inf') etc. by default.
func (d *jsonDecoder) constant(name string) any {
	if d.parseConst != nil {
		return Call(d.parseConst, []any{name}, nil)
	}
	switch name {
	case "NaN":
		return math.NaN()
	case "Infinity":
		return math.Inf(1)
	}
	return math.Inf(-1)
}

// scan is scan_once: the value at idx and the index after it.
func (d *jsonDecoder) scan(idx int) (any, int) {
	if idx >= len(d.s) {
		panic(jsonStop{idx})
	}
	switch d.s[idx] {
	case '"':
		return d.str(idx + 1)
	case '{':
		return d.object(idx + 1)
	case '[':
		return d.array(idx + 1)
	case 'n':
		if d.hasWord(idx, "null") {
			return nil, idx + 4
		}
	case 't':
		if d.hasWord(idx, "true") {
			return true, idx + 4
		}
	case 'f':
		if d.hasWord(idx, "false") {
			return false, idx + 5
		}
	case 'N':
		if d.hasWord(idx, "NaN") {
			return d.constant("NaN"), idx + 3
		}
	case 'I':
		if d.hasWord(idx, "Infinity") {
			return d.constant("Infinity"), idx + 8
		}
	case '-':
		if d.hasWord(idx, "-Infinity") {
			return d.constant("-Infinity"), idx + 9
		}
	}
	return d.number(idx)
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// number is _match_number_unicode.
func (d *jsonDecoder) number(start int) (any, int) {
	idx := start
	if d.at(idx) == '-' {
		idx++
	}
	switch c := d.at(idx); {
	case c >= '1' && c <= '9':
		for isDigit(d.at(idx)) {
			idx++
		}
	case c == '0':
		idx++
	default:
		panic(jsonStop{start})
	}
	isFloat := false
	if d.at(idx) == '.' && isDigit(d.at(idx+1)) {
		isFloat = true
		idx += 2
		for isDigit(d.at(idx)) {
			idx++
		}
	}
	if c := d.at(idx); c == 'e' || c == 'E' {
		eStart := idx
		idx++
		if c := d.at(idx); c == '-' || c == '+' {
			idx++
		}
		digits := idx
		for isDigit(d.at(idx)) {
			idx++
		}
		if idx > digits {
			isFloat = true
		} else {
			idx = eStart
		}
	}
	numstr := string(d.s[start:idx])
	if isFloat {
		if d.parseFloat != nil {
			return Call(d.parseFloat, []any{numstr}, nil), idx
		}
		f, _ := strconv.ParseFloat(numstr, 64) // out of range: ±inf, as float() gives
		return f, idx
	}
	if d.parseInt != nil {
		return Call(d.parseInt, []any{numstr}, nil), idx
	}
	if n, err := strconv.Atoi(numstr); err == nil {
		return n, idx
	}
	digits := len(strings.TrimPrefix(numstr, "-"))
	if digits > maxStrDigits {
		panic(withLibFrames(New(ValueError, "Exceeds the limit ("+itoa(maxStrDigits)+" digits) for integer string conversion: value has "+
			itoa(digits)+" digits; use sys.set_int_max_str_digits() to increase the limit"), d.loadsFrame, decodeFrame, scanOnceFrame))
	}
	b, _ := new(big.Int).SetString(numstr, 10)
	return normBig(b), idx
}

func hexVal(r rune) int {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0')
	case r >= 'a' && r <= 'f':
		return int(r-'a') + 10
	case r >= 'A' && r <= 'F':
		return int(r-'A') + 10
	}
	return -1
}

// hex4 decodes the four hex digits at i, failing with CPython's position.
func (d *jsonDecoder) hex4(i int) rune {
	var c rune
	for k := i; k < i+4; k++ {
		h := hexVal(d.s[k])
		if h < 0 {
			d.fail("Invalid \\uXXXX escape", i-1)
		}
		c = c<<4 | rune(h)
	}
	return c
}

// str is scanstring_unicode: the string whose opening quote is at end-1.
func (d *jsonDecoder) str(end int) (any, int) {
	begin := end - 1
	var b strings.Builder
	n := len(d.s)
	for {
		next := end
		for ; next < n; next++ {
			c := d.s[next]
			if c == '"' || c == '\\' {
				break
			}
			if c <= 0x1f && d.strict {
				d.fail("Invalid control character at", next)
			}
		}
		if next >= n {
			d.fail("Unterminated string starting at", begin)
		}
		b.WriteString(string(d.s[end:next]))
		c := d.s[next]
		next++
		if c == '"' {
			return b.String(), next
		}
		if next == n {
			d.fail("Unterminated string starting at", begin)
		}
		c = d.s[next]
		if c != 'u' {
			end = next + 1
			switch c {
			case '"', '\\', '/':
			case 'b':
				c = '\b'
			case 'f':
				c = '\f'
			case 'n':
				c = '\n'
			case 'r':
				c = '\r'
			case 't':
				c = '\t'
			default:
				d.fail("Invalid \\escape", end-2)
			}
			b.WriteRune(c)
			continue
		}
		next++
		end = next + 4
		if end >= n {
			d.fail("Invalid \\uXXXX escape", next-1)
		}
		c = d.hex4(next)
		if c >= 0xd800 && c <= 0xdbff && end+6 < n && d.s[end] == '\\' && d.s[end+1] == 'u' {
			c2 := d.hex4(end + 2)
			if c2 >= 0xdc00 && c2 <= 0xdfff {
				c = 0x10000 + (c-0xd800)<<10 + (c2 - 0xdc00)
				end += 6
			}
		}
		if c >= 0xd800 && c <= 0xdfff {
			Unsupported("a lone surrogate in a JSON string")
		}
		b.WriteRune(c)
	}
}

// object is _parse_object_unicode: idx is just after '{'.
func (d *jsonDecoder) object(idx int) (any, int) {
	var pairs []Tuple
	idx = d.ws(idx)
	if d.at(idx) != '}' {
		for {
			if d.at(idx) != '"' {
				d.fail("Expecting property name enclosed in double quotes", idx)
			}
			key, next := d.str(idx + 1)
			idx = d.ws(next)
			if d.at(idx) != ':' {
				d.fail("Expecting ':' delimiter", idx)
			}
			idx = d.ws(idx + 1)
			val, next := d.scan(idx)
			pairs = append(pairs, Tuple{key, val})
			idx = d.ws(next)
			if d.at(idx) == '}' {
				break
			}
			if d.at(idx) != ',' {
				d.fail("Expecting ',' delimiter", idx)
			}
			idx = d.ws(idx + 1)
		}
	}
	idx++
	if d.pairsHook != nil {
		l := NewList()
		for _, p := range pairs {
			l.Append(p)
		}
		return Call(d.pairsHook, []any{l}, nil), idx
	}
	obj := NewDict()
	for _, p := range pairs {
		obj.Set(p[0], p[1])
	}
	if d.objectHook != nil {
		return Call(d.objectHook, []any{obj}, nil), idx
	}
	return obj, idx
}

// array is _parse_array_unicode: idx is just after '['.
func (d *jsonDecoder) array(idx int) (any, int) {
	l := NewList()
	idx = d.ws(idx)
	if d.at(idx) != ']' {
		for {
			val, next := d.scan(idx)
			l.Append(val)
			idx = d.ws(next)
			if d.at(idx) == ']' {
				break
			}
			if d.at(idx) != ',' {
				d.fail("Expecting ',' delimiter", idx)
			}
			idx = d.ws(idx + 1)
		}
	}
	return l, idx + 1
}
