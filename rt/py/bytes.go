package py

import (
	"iter"
	"strings"
)

// Bytes is Python's bytes. It is immutable, so a Go string of the bytes
// serves: equal values compare equal with ==, and it can be hashed by
// content like str.
type Bytes string

// ByteArray is Python's bytearray: a mutable buffer (unhashable).
type ByteArray struct{ B []byte }

// Classes of bytes and bytearray: isinstance, type(), and the constructors.
var (
	BytesType     = builtinType("bytes", ObjectType, func(v any) bool { _, ok := v.(Bytes); return ok }, nil)
	ByteArrayType = builtinType("bytearray", ObjectType, func(v any) bool { _, ok := v.(*ByteArray); return ok }, nil)
)

func init() {
	BytesType.construct = func(a []any, kw []KW) any { return Bytes(newBytes("bytes", a, kw)) }
	ByteArrayType.construct = func(a []any, kw []KW) any { return &ByteArray{B: []byte(newBytes("bytearray", a, kw))} }
	// builtins.go's init (which runs first: files initialise in name order)
	// made the builtin table; these two join it here.
	for _, c := range []*Class{BytesType, ByteArrayType} {
		classBuiltins[c.Name] = c
		builtins[c.Name] = c.Call
	}
}

// asBytes is the content of a bytes-like value (bytes or bytearray).
func asBytes(x any) (string, bool) {
	switch v := x.(type) {
	case Bytes:
		return string(v), true
	case *ByteArray:
		return string(v.B), true
	}
	return "", false
}

// bytesArg is a bytes-like argument, with CPython's TypeError otherwise.
func bytesArg(x any) string {
	s, ok := asBytes(x)
	if !ok {
		panic(New(TypeError, "a bytes-like object is required, not '"+TypeName(x)+"'"))
	}
	return s
}

// sameKind builds a result of x's type (bytes or bytearray) from s.
func sameKind(x any, s string) any {
	if _, ok := x.(*ByteArray); ok {
		return &ByteArray{B: []byte(s)}
	}
	return Bytes(s)
}

// byteValue is an int argument that must be one byte (bytearray.append,
// `in`, item assignment).
func byteValue(v any) byte {
	n := indexArg(v)
	if n < 0 || n > 255 {
		panic(New(ValueError, "byte must be in range(0, 256)"))
	}
	return byte(n)
}

// newBytes is bytes(...)/bytearray(...): the source's content.
func newBytes(name string, a []any, kw []KW) string {
	var src, encoding, errors any
	haveEnc, haveErr := false, false
	if len(a) > 3 {
		panic(New(TypeError, name+"() takes at most 3 arguments ("+itoa(len(a))+" given)"))
	}
	if len(a) > 0 {
		src = a[0]
	}
	if len(a) > 1 {
		encoding, haveEnc = a[1], true
	}
	if len(a) > 2 {
		errors, haveErr = a[2], true
	}
	for _, k := range kw {
		switch k.Name {
		case "source":
			src = k.Value
		case "encoding":
			encoding, haveEnc = k.Value, true
		case "errors":
			errors, haveErr = k.Value, true
		default:
			panic(New(TypeError, "'"+k.Name+"' is an invalid keyword argument for "+name+"()"))
		}
	}
	if len(a) == 0 && src == nil && !haveEnc && !haveErr {
		return ""
	}
	if s, ok := src.(string); ok {
		if !haveEnc {
			panic(New(TypeError, "string argument without an encoding"))
		}
		return encodeStr(s, encoding, errors)
	}
	if haveEnc {
		panic(New(TypeError, "encoding without a string argument"))
	}
	if haveErr {
		panic(New(TypeError, "errors without a string argument"))
	}
	if s, ok := asBytes(src); ok {
		return s
	}
	switch v := src.(type) {
	case int, bool:
		n := indexArg(v)
		if n < 0 {
			panic(New(ValueError, "negative count"))
		}
		return string(make([]byte, n))
	case float64, nil:
		panic(New(TypeError, "cannot convert '"+TypeName(src)+"' object to "+name))
	}
	if !isIterable(src) {
		panic(New(TypeError, "cannot convert '"+TypeName(src)+"' object to "+name))
	}
	var b strings.Builder
	for v := range Iter(src) {
		n := indexArg(v)
		if n < 0 || n > 255 {
			if name == "bytes" {
				panic(New(ValueError, "bytes must be in range(0, 256)"))
			}
			panic(New(ValueError, "byte must be in range(0, 256)"))
		}
		b.WriteByte(byte(n))
	}
	return b.String()
}

// bytesRepr is bytes.__repr__: CPython's quote choice and escapes.
// bytearray's repr escapes a single quote even inside double quotes
// (alwaysSingle), as bytearray_repr's C code does.
func bytesRepr(s string, alwaysSingle bool) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.Grow(len(s) + 3)
	b.WriteByte('b')
	b.WriteByte(quote)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == quote || c == '\\' || alwaysSingle && c == '\'':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\t':
			b.WriteString(`\t`)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c < 0x20 || c >= 0x7f:
			b.WriteString(`\x` + hex2(int(c)))
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte(quote)
	return b.String()
}

func (b Bytes) PyRepr() string      { return bytesRepr(string(b), false) }
func (b *ByteArray) PyRepr() string { return "bytearray(" + bytesRepr(string(b.B), true) + ")" }
func (b Bytes) PyType() string      { return "bytes" }
func (b *ByteArray) PyType() string { return "bytearray" }
func (b Bytes) PyLen() int          { return len(b) }
func (b *ByteArray) PyLen() int     { return len(b.B) }

// PyFormat is object.__format__: only the empty spec, which is str().
func (b Bytes) PyFormat(spec string) string      { return bytesFormat(b, spec) }
func (b *ByteArray) PyFormat(spec string) string { return bytesFormat(b, spec) }

func bytesFormat(x any, spec string) string {
	if spec != "" {
		panic(New(TypeError, "unsupported format string passed to "+TypeName(x)+".__format__"))
	}
	return Repr(x)
}

func (b Bytes) PyIter() iter.Seq[any]      { return byteSeq(func() string { return string(b) }) }
func (b *ByteArray) PyIter() iter.Seq[any] { return byteSeq(func() string { return string(b.B) }) }

// byteSeq yields each byte as an int; a bytearray is re-read at every step,
// as its iterator indexes the live buffer.
func byteSeq(cur func() string) iter.Seq[any] {
	return func(yield func(any) bool) {
		for i := 0; ; i++ {
			s := cur()
			if i >= len(s) || !yield(int(s[i])) {
				return
			}
		}
	}
}

func (b Bytes) PyContains(item any) bool      { return bytesContains(string(b), item) }
func (b *ByteArray) PyContains(item any) bool { return bytesContains(string(b.B), item) }

func bytesContains(s string, item any) bool {
	if sub, ok := asBytes(item); ok {
		return strings.Contains(s, sub)
	}
	switch item.(type) {
	case int, bool:
		return strings.IndexByte(s, byteValue(item)) >= 0
	}
	if _, ok := otherInt(item); ok {
		return strings.IndexByte(s, byteValue(item)) >= 0
	}
	panic(New(TypeError, "a bytes-like object is required, not '"+TypeName(item)+"'"))
}

func (b Bytes) PyEq(other any) bool {
	s, ok := asBytes(other)
	return ok && s == string(b)
}

func (b *ByteArray) PyEq(other any) bool {
	s, ok := asBytes(other)
	return ok && s == string(b.B)
}

func (b Bytes) PyGetItem(key any) any {
	return bytesItem(b, string(b), key, "index out of range", "byte")
}
func (b *ByteArray) PyGetItem(key any) any {
	return bytesItem(b, string(b.B), key, "bytearray index out of range", "bytearray")
}

func bytesItem(x any, s string, key any, rangeMsg, what string) any {
	if sl, ok := key.(*SliceObj); ok {
		start, _, step, n := sl.Indices(len(s))
		if step == 1 {
			return sameKind(x, s[start:start+n])
		}
		out := make([]byte, n)
		for i := range out {
			out[i] = s[start+i*step]
		}
		return sameKind(x, string(out))
	}
	i := indexArgFor(key, what)
	if i < 0 {
		i += len(s)
	}
	if i < 0 || i >= len(s) {
		panic(New(IndexError, rangeMsg))
	}
	return int(s[i])
}

// PySetItem is bytearray's item and slice assignment.
func (b *ByteArray) PySetItem(key, v any) {
	if sl, ok := key.(*SliceObj); ok {
		var src []byte
		if s, ok := asBytes(v); ok {
			src = []byte(s)
		} else if _, isInt := v.(int); isInt {
			panic(New(TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)"))
		} else {
			src = []byte(newBytes("bytearray", []any{v}, nil))
		}
		start, stop, step, n := sl.Indices(len(b.B))
		if step == 1 {
			if stop < start {
				stop = start
			}
			b.B = append(append(append([]byte{}, b.B[:start]...), src...), b.B[stop:]...)
			return
		}
		if len(src) != n {
			panic(New(ValueError, "attempt to assign bytes of size "+itoa(len(src))+" to extended slice of size "+itoa(n)))
		}
		for i := 0; i < n; i++ {
			b.B[start+i*step] = src[i]
		}
		return
	}
	i := indexArgFor(key, "bytearray")
	if i < 0 {
		i += len(b.B)
	}
	if i < 0 || i >= len(b.B) {
		panic(New(IndexError, "bytearray index out of range"))
	}
	b.B[i] = byteValue(v)
}

// PyDelItem is del bytearray[i] and del bytearray[a:b].
func (b *ByteArray) PyDelItem(key any) {
	if sl, ok := key.(*SliceObj); ok {
		start, _, step, n := sl.Indices(len(b.B))
		drop := map[int]bool{}
		for i := 0; i < n; i++ {
			drop[start+i*step] = true
		}
		kept := b.B[:0:0]
		for i, c := range b.B {
			if !drop[i] {
				kept = append(kept, c)
			}
		}
		b.B = kept
		return
	}
	i := indexArgFor(key, "bytearray")
	if i < 0 {
		i += len(b.B)
	}
	if i < 0 || i >= len(b.B) {
		panic(New(IndexError, "bytearray index out of range"))
	}
	b.B = append(b.B[:i:i], b.B[i+1:]...)
}

// bytesBinary is + * % with a bytes or bytearray operand (objBinary's
// hook); false leaves the operator to the other types' rules.
func bytesBinary(op string, a, b any) (any, bool) {
	as, aok := asBytes(a)
	_, bok := asBytes(b)
	if !aok && !bok {
		return nil, false
	}
	switch op {
	case "+":
		if !aok {
			return nil, false
		}
		bs, ok := asBytes(b)
		if !ok {
			panic(New(TypeError, "can't concat "+TypeName(b)+" to "+TypeName(a)))
		}
		return sameKind(a, as+bs), true
	case "*":
		seq, n := a, b
		if !aok {
			seq, n = b, a
		}
		s, _ := asBytes(seq)
		switch n.(type) {
		case int, bool:
			k := indexArg(n)
			if k < 0 {
				k = 0
			}
			return sameKind(seq, strings.Repeat(s, k)), true
		}
		if _, ok := otherInt(n); ok {
			return sameKind(seq, strings.Repeat(s, max(indexArg(n), 0))), true
		}
		panic(New(TypeError, "can't multiply sequence by non-int of type '"+TypeName(n)+"'"))
	case "%":
		if aok {
			return sameKind(a, bytesPercent(as, b)), true
		}
	}
	return nil, false
}

// bytesInplace is bytearray's += and *=, which change it in place.
func bytesInplace(op string, a, b any) (any, bool) {
	ba, ok := a.(*ByteArray)
	if !ok {
		return nil, false
	}
	switch op {
	case "+":
		s, ok := asBytes(b)
		if !ok {
			panic(New(TypeError, "can't concat "+TypeName(b)+" to bytearray"))
		}
		ba.B = append(ba.B, s...)
		return ba, true
	case "*":
		r, _ := bytesBinary("*", a, b)
		ba.B = r.(*ByteArray).B
		return ba, true
	}
	return nil, false
}

// bytesCompare orders bytes-like values by content (memcmp, then length).
func bytesCompare(op string, a, b any) (bool, bool) {
	as, aok := asBytes(a)
	bs, bok := asBytes(b)
	if !aok || !bok {
		return false, false
	}
	return applyCmp(op, strings.Compare(as, bs)), true
}
