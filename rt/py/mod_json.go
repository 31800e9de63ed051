package py

import (
	"math"
	"math/big"
	"strconv"
	"strings"
)

// The json module's encoder, as Lib/json/encoder.py and Modules/_json.c
// write it. dumps without indent runs CPython's C encoder, dumps with an
// indent and dump run the Python one; they differ only in the message for
// out-of-range floats, which jsonEncoder.pyEncoder selects. dump writes
// what the Python encoder yielded before an error, so jsonEncoder writes
// its pieces in the order and the granularity the generator yields them.

type jsonEncoder struct {
	b                     strings.Builder
	skipKeys, ensureASCII bool
	checkCircular         bool
	allowNaN, sortKeys    bool
	pyEncoder             bool
	indent                *string
	itemSep, keySep       string
	def                   any
	markers               map[uintptr]bool
	// frames are the CPython frames an encoder error escapes through
	// (json.dumps with the C encoder; none for the Python one).
	frames []Frame
}

var (
	dumpsDefaultFrame = libFrame("json/__init__.py", 231, "dumps",
		"return _default_encoder.encode(obj)",
		"       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^")
	dumpsKwFrame = libFrame("json/__init__.py", 238, "dumps",
		"**kw).encode(obj)",
		"      ^^^^^^^^^^^")
	encodeFrame = libFrame("json/encoder.py", 200, "encode",
		"chunks = self.iterencode(o, _one_shot=True)",
		"         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^")
	iterencodeFrame = libFrame("json/encoder.py", 258, "iterencode",
		"return _iterencode(o, 0)",
		"       ^^^^^^^^^^^^^^^^^")
	defaultFrame = libFrame("json/encoder.py", 180, "default",
		"raise TypeError(f'Object of type {o.__class__.__name__} '")
)

// fail raises an encoder error; inDefault adds JSONEncoder.default's frame.
func (e *jsonEncoder) fail(exc *Exception, inDefault bool) {
	if e.frames == nil {
		panic(exc)
	}
	frames := e.frames
	if inDefault {
		frames = append(frames[:len(frames):len(frames)], defaultFrame)
	}
	panic(withLibFrames(exc, frames...))
}

func newJSONEncoder(skipkeys, ensureASCII, checkCircular, allowNaN, indent, separators, def, sortKeys any) *jsonEncoder {
	e := &jsonEncoder{skipKeys: Truth(skipkeys), ensureASCII: Truth(ensureASCII), checkCircular: Truth(checkCircular),
		allowNaN: Truth(allowNaN), sortKeys: Truth(sortKeys), def: def, markers: map[uintptr]bool{}}
	if indent != nil {
		var s string
		switch v := indent.(type) {
		case string:
			s = v
		default:
			// ' ' * indent, with int's and bool's semantics and errors.
			s = Mul(" ", indent).(string)
		}
		e.indent = &s
		e.pyEncoder = true
	}
	e.itemSep, e.keySep = ", ", ": "
	if indent != nil {
		e.itemSep = ","
	}
	if separators != nil {
		parts := toSliceIter(separators)
		switch {
		case len(parts) < 2:
			panic(New(ValueError, "not enough values to unpack (expected 2, got "+itoa(len(parts))+")"))
		case len(parts) > 2:
			panic(New(ValueError, "too many values to unpack (expected 2)"))
		}
		item, ok1 := parts[0].(string)
		key, ok2 := parts[1].(string)
		if !ok1 || !ok2 {
			Unsupported("json separators that are not str")
		}
		e.itemSep, e.keySep = item, key
	}
	return e
}

// JSONDumps is json.dumps(obj, *, skipkeys=False, ensure_ascii=True,
// check_circular=True, allow_nan=True, indent=None, separators=None,
// default=None, sort_keys=False).
func JSONDumps(obj, skipkeys, ensureASCII, checkCircular, allowNaN, indent, separators, def, sortKeys any) string {
	e := newJSONEncoder(skipkeys, ensureASCII, checkCircular, allowNaN, indent, separators, def, sortKeys)
	if !e.pyEncoder {
		// The Python encoder's frames follow the generators' nesting; only
		// the C encoder's are reproduced.
		first := dumpsDefaultFrame
		if Truth(skipkeys) || !Truth(ensureASCII) || !Truth(checkCircular) || !Truth(allowNaN) || separators != nil || def != nil || Truth(sortKeys) {
			first = dumpsKwFrame
		}
		e.frames = []Frame{first, encodeFrame, iterencodeFrame}
	}
	e.encode(obj, 0)
	return e.b.String()
}

// JSONDump is json.dump(obj, fp, ...): the text goes to fp.write. When
// encoding fails, what the encoder produced so far is written first, as
// CPython's chunked writes leave it.
func JSONDump(obj, fp, skipkeys, ensureASCII, checkCircular, allowNaN, indent, separators, def, sortKeys any) {
	e := newJSONEncoder(skipkeys, ensureASCII, checkCircular, allowNaN, indent, separators, def, sortKeys)
	e.pyEncoder = true
	write := GetAttr(fp, "write")
	defer func() {
		if r := recover(); r != nil {
			if exc, ok := r.(*Exception); ok {
				AddTraceback(exc)
				if e.b.Len() > 0 {
					Call(write, []any{e.b.String()}, nil)
				}
			}
			panic(r)
		}
	}()
	e.encode(obj, 0)
	Call(write, []any{e.b.String()}, nil)
}

func (e *jsonEncoder) floatStr(f float64) string {
	var s string
	switch {
	case math.IsNaN(f):
		s = "NaN"
	case math.IsInf(f, 1):
		s = "Infinity"
	case math.IsInf(f, -1):
		s = "-Infinity"
	default:
		return FloatRepr(f)
	}
	if !e.allowNaN {
		msg := "Out of range float values are not JSON compliant"
		if e.pyEncoder {
			msg += ": " + FloatRepr(f)
		}
		e.fail(New(ValueError, msg), false)
	}
	return s
}

// scalar is the encoding of a str, None, bool, int or float; ok is false
// for other values.
func (e *jsonEncoder) scalar(o any) (string, bool) {
	switch v := o.(type) {
	case string:
		return e.str(v), true
	case nil:
		return "null", true
	case bool:
		if v {
			return "true", true
		}
		return "false", true
	case int, *big.Int:
		return Repr(v), true
	case float64:
		return e.floatStr(v), true
	}
	return "", false
}

func (e *jsonEncoder) str(s string) string {
	if e.ensureASCII {
		return jsonQuoteASCII(s)
	}
	return jsonQuote(s)
}

// jsonItems is the dict a value encodes as an object: a dict or one of its
// subclasses rt/py models (Counter, OrderedDict, defaultdict).
func jsonItems(o any) (*Dict, bool) {
	switch v := o.(type) {
	case *Dict:
		return v, true
	case interface{ Dict() *Dict }:
		if _, isInst := o.(*Instance); !isInst {
			return v.Dict(), true
		}
	}
	return nil, false
}

func (e *jsonEncoder) enter(o any) uintptr {
	if !e.checkCircular {
		return 0
	}
	id := Addr(o)
	if e.markers[id] {
		e.fail(New(ValueError, "Circular reference detected"), false)
	}
	e.markers[id] = true
	return id
}

func (e *jsonEncoder) leave(id uintptr) {
	if id != 0 {
		delete(e.markers, id)
	}
}

// encode is _iterencode.
func (e *jsonEncoder) encode(o any, level int) {
	if s, ok := e.scalar(o); ok {
		e.b.WriteString(s)
		return
	}
	switch v := o.(type) {
	case *List:
		e.list(v.Items, v, level)
		return
	case Tuple:
		e.list(v, v, level)
		return
	}
	if d, ok := jsonItems(o); ok {
		e.dict(d, level)
		return
	}
	id := e.enter(o)
	if e.def == nil {
		e.fail(New(TypeError, "Object of type "+pyClassName(o)+" is not JSON serializable"), true)
	}
	e.encode(Call(e.def, []any{o}, nil), level)
	e.leave(id)
}

func (e *jsonEncoder) newline(level int) string {
	return "\n" + strings.Repeat(*e.indent, level)
}

// list is _iterencode_list.
func (e *jsonEncoder) list(items []any, o any, level int) {
	if len(items) == 0 {
		e.b.WriteString("[]")
		return
	}
	var id uintptr
	if t, isTuple := o.(Tuple); isTuple {
		id = e.enter(&t[0])
	} else {
		id = e.enter(o)
	}
	buf := "["
	sep := e.itemSep
	if e.indent != nil {
		level++
		nl := e.newline(level)
		sep += nl
		buf += nl
	}
	for i, x := range items {
		if i > 0 {
			buf = sep
		}
		if s, ok := e.scalar(x); ok {
			e.b.WriteString(buf + s)
			continue
		}
		e.b.WriteString(buf)
		e.encode(x, level)
	}
	if e.indent != nil {
		level--
		e.b.WriteString(e.newline(level))
	}
	e.b.WriteString("]")
	e.leave(id)
}

// dict is _iterencode_dict.
func (e *jsonEncoder) dict(d *Dict, level int) {
	if d.Len() == 0 {
		e.b.WriteString("{}")
		return
	}
	id := e.enter(d)
	e.b.WriteString("{")
	sep := e.itemSep
	if e.indent != nil {
		level++
		nl := e.newline(level)
		sep += nl
		e.b.WriteString(nl)
	}
	var keys, vals []any
	for k, v := range d.All() {
		keys = append(keys, k)
		vals = append(vals, v)
	}
	if e.sortKeys {
		items := NewList()
		for i := range keys {
			items.Append(Tuple{keys[i], vals[i]})
		}
		if exc := Try(func() { items.Sort(nil, false) }); exc != nil {
			exc.Traceback = nil
			e.fail(exc, false)
		}
		for i, it := range items.Items {
			keys[i], vals[i] = it.(Tuple)[0], it.(Tuple)[1]
		}
	}
	first := true
	for i, k := range keys {
		var key string
		switch kv := k.(type) {
		case string:
			key = kv
		case float64:
			key = e.floatStr(kv)
		case bool:
			key = "false"
			if kv {
				key = "true"
			}
		case nil:
			key = "null"
		case int, *big.Int:
			key = Repr(kv)
		default:
			if e.skipKeys {
				continue
			}
			e.fail(New(TypeError, "keys must be str, int, float, bool or None, not "+pyClassName(k)), false)
		}
		if !first {
			e.b.WriteString(sep)
		}
		first = false
		e.b.WriteString(e.str(key))
		e.b.WriteString(e.keySep)
		if s, ok := e.scalar(vals[i]); ok {
			e.b.WriteString(s)
			continue
		}
		e.encode(vals[i], level)
	}
	if e.indent != nil {
		level--
		e.b.WriteString(e.newline(level))
	}
	e.b.WriteString("}")
	e.leave(id)
}

// pyClassName is type(x).__name__.
func pyClassName(x any) string {
	c := TypeOf(x)
	if n, ok := dtTypeNames[c]; ok {
		return n
	}
	return c.Name
}

var jsonShortEscapes = map[rune]string{'"': `\"`, '\\': `\\`, '\n': `\n`, '\r': `\r`, '\t': `\t`, '\b': `\b`, '\f': `\f`}

// jsonQuote is encode_basestring: only '"', '\\' and control characters
// are escaped.
func jsonQuote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		if esc, ok := jsonShortEscapes[r]; ok {
			b.WriteString(esc)
		} else if r < 0x20 {
			b.WriteString(`\u00` + hex2(int(r)))
		} else {
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// jsonQuoteASCII is encode_basestring_ascii: everything outside ' '..'~'
// is escaped, astral characters as a surrogate pair.
func jsonQuoteASCII(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	u4 := func(r rune) {
		h := strconv.FormatInt(int64(r), 16)
		b.WriteString(`\u` + strings.Repeat("0", 4-len(h)) + h)
	}
	for _, r := range s {
		switch esc, ok := jsonShortEscapes[r]; {
		case ok:
			b.WriteString(esc)
		case r >= ' ' && r <= '~':
			b.WriteRune(r)
		case r >= 0x10000:
			r -= 0x10000
			u4(0xd800 | (r>>10)&0x3ff)
			u4(0xdc00 | r&0x3ff)
		default:
			u4(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
