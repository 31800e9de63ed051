package py

import (
	"strings"
)

// bytesMethods are the bytes methods rt/py implements (CallMethod's
// table); bytearray has them too, plus its mutators.
const bytesMethods = "decode hex fromhex count find rfind index rindex startswith endswith split rsplit join " +
	"strip lstrip rstrip replace upper lower swapcase capitalize title partition rpartition removeprefix removesuffix " +
	"isdigit isalpha isalnum isspace isupper islower isascii ljust rjust center zfill splitlines"

const bytearrayMethods = bytesMethods + " append extend pop clear copy insert reverse remove"

// isBytesSpace is bytes.isspace for one byte: ASCII whitespace only.
func isBytesSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

// subArg is the needle of find/count/index/replace: bytes-like, or an int
// (one byte) where CPython accepts one.
func subArg(v any, intOK bool) string {
	if s, ok := asBytes(v); ok {
		return s
	}
	if intOK {
		switch v.(type) {
		case int, bool:
			return string([]byte{byteValue(v)})
		}
	}
	panic(New(TypeError, "argument should be integer or bytes-like object, not '"+TypeName(v)+"'"))
}

// charsArg is the optional bytes argument of strip/lstrip/rstrip.
func charsArg(args []any) (string, bool) {
	if len(args) == 0 || args[0] == nil {
		return "", false
	}
	return bytesArg(args[0]), true
}

func bytesSplit(s string, args []any, kw []KW, right bool, name string) *List {
	var sep any
	maxsplit := -1
	if len(args) > 0 {
		sep = args[0]
	}
	if len(args) > 1 {
		maxsplit = indexArg(args[1])
	}
	arity(name, args, 0, 2)
	for _, k := range kw {
		switch k.Name {
		case "sep":
			sep = k.Value
		case "maxsplit":
			maxsplit = indexArg(k.Value)
		default:
			panic(New(TypeError, name+"() got an unexpected keyword argument '"+k.Name+"'"))
		}
	}
	var parts []string
	if sep == nil {
		parts = splitWhite(s, maxsplit, right)
	} else {
		sp := bytesArg(sep)
		if sp == "" {
			panic(New(ValueError, "empty separator"))
		}
		switch {
		case maxsplit < 0:
			parts = strings.Split(s, sp)
		case right:
			parts = rsplitN(s, sp, maxsplit)
		default:
			parts = strings.SplitN(s, sp, maxsplit+1)
		}
	}
	out := make([]any, len(parts))
	for i, p := range parts {
		out[i] = Bytes(p)
	}
	return &List{Items: out}
}

func rsplitN(s, sep string, n int) []string {
	var rev []string
	for n > 0 {
		i := strings.LastIndex(s, sep)
		if i < 0 {
			break
		}
		rev = append(rev, s[i+len(sep):])
		s = s[:i]
		n--
	}
	out := []string{s}
	for i := len(rev) - 1; i >= 0; i-- {
		out = append(out, rev[i])
	}
	return out
}

// splitWhite is split() without a separator: runs of ASCII whitespace.
func splitWhite(s string, maxsplit int, right bool) []string {
	var out []string
	if right {
		i := len(s)
		for {
			for i > 0 && isBytesSpace(s[i-1]) {
				i--
			}
			if i == 0 {
				break
			}
			if maxsplit == 0 {
				out = append(out, s[:i])
				break
			}
			j := i
			for j > 0 && !isBytesSpace(s[j-1]) {
				j--
			}
			out = append(out, s[j:i])
			maxsplit--
			i = j
		}
		for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
			out[a], out[b] = out[b], out[a]
		}
		return out
	}
	i := 0
	for {
		for i < len(s) && isBytesSpace(s[i]) {
			i++
		}
		if i == len(s) {
			break
		}
		if maxsplit == 0 {
			out = append(out, s[i:])
			break
		}
		j := i
		for j < len(s) && !isBytesSpace(s[j]) {
			j++
		}
		out = append(out, s[i:j])
		maxsplit--
		i = j
	}
	return out
}

func bytesStrip(s string, args []any, left, right bool) string {
	chars, ok := charsArg(args)
	in := func(c byte) bool {
		if ok {
			return strings.IndexByte(chars, c) >= 0
		}
		return isBytesSpace(c)
	}
	lo, hi := 0, len(s)
	for left && lo < hi && in(s[lo]) {
		lo++
	}
	for right && hi > lo && in(s[hi-1]) {
		hi--
	}
	return s[lo:hi]
}

func mapASCII(s string, f func(c byte, first bool) byte) string {
	out := []byte(s)
	prevCased := false
	for i, c := range out {
		out[i] = f(c, !prevCased)
		prevCased = isAlphaByte(c)
	}
	return string(out)
}

func isAlphaByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func toUpperASCII(c byte) byte {
	if c >= 'a' && c <= 'z' {
		return c - 32
	}
	return c
}
func toLowerASCII(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 32
	}
	return c
}

func allBytes(s string, f func(byte) bool) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !f(s[i]) {
			return false
		}
	}
	return true
}

// bytesPrefixArg is startswith/endswith's first argument: bytes or a tuple of them.
func bytesPrefixArg(name string, v any) []string {
	if t, ok := v.(Tuple); ok {
		out := make([]string, len(t))
		for i, it := range t {
			s, ok := asBytes(it)
			if !ok {
				panic(New(TypeError, "a bytes-like object is required, not '"+TypeName(it)+"'"))
			}
			out[i] = s
		}
		return out
	}
	s, ok := asBytes(v)
	if !ok {
		panic(New(TypeError, name+" first arg must be bytes or a tuple of bytes, not "+TypeName(v)))
	}
	return []string{s}
}

func bytesPad(name string, s string, args []any, align byte) string {
	arity(name, args, 1, 2)
	width := indexArg(args[0])
	fill := byte(' ')
	if len(args) > 1 {
		f, ok := asBytes(args[1])
		if !ok || len(f) != 1 {
			panic(New(TypeError, name+"() argument 2 must be a byte string of length 1, not "+TypeName(args[1])))
		}
		fill = f[0]
	}
	n := width - len(s)
	if n <= 0 {
		return s
	}
	pad := func(k int) string { return strings.Repeat(string([]byte{fill}), k) }
	switch align {
	case '<':
		return s + pad(n)
	case '>':
		return pad(n) + s
	}
	// CPython's pad() for center: the extra byte goes left when both n and width are odd.
	left := n/2 + (n & width & 1)
	return pad(left) + s + pad(n-left)
}

// bytesMethod is CallMethod for bytes and bytearray; x is the receiver, s
// its content.
func bytesMethod(x any, s string, name string, args []any, kw []KW) (any, bool) {
	if name != "decode" && name != "split" && name != "rsplit" && name != "hex" {
		noKw(name, kw)
	}
	switch name {
	case "decode":
		enc, errs := codecArgs("decode", args, kw)
		return decode(s, lookupCodec(enc), errs), true
	case "hex":
		return bytesHex(s, args, kw), true
	case "fromhex":
		arity("fromhex", args, 1, 1)
		return bytesFromHex(x, args[0]), true
	case "count", "find", "rfind", "index", "rindex":
		arityOld(name, args, 1, 3)
		sub := subArg(args[0], true)
		lo, hi := findBounds(len(s), args[1:])
		if name == "count" {
			if hi < lo {
				return 0, true
			}
			if sub == "" {
				return hi - lo + 1, true
			}
			return strings.Count(s[lo:hi], sub), true
		}
		i := -1
		if hi-lo >= len(sub) {
			if name == "find" || name == "index" {
				i = strings.Index(s[lo:hi], sub)
			} else {
				i = strings.LastIndex(s[lo:hi], sub)
			}
			if i >= 0 {
				i += lo
			}
		}
		if i < 0 && (name == "index" || name == "rindex") {
			panic(New(ValueError, "subsection not found"))
		}
		return i, true
	case "startswith", "endswith":
		arityOld(name, args, 1, 3)
		prefixes := bytesPrefixArg(name, args[0])
		lo, hi := findBounds(len(s), args[1:])
		for _, p := range prefixes {
			if hi-lo < len(p) || lo > len(s) {
				continue
			}
			if name == "startswith" && strings.HasPrefix(s[lo:hi], p) || name == "endswith" && strings.HasSuffix(s[lo:hi], p) {
				return true, true
			}
		}
		return false, true
	case "split", "rsplit":
		return bytesSplit(s, args, kw, name == "rsplit", name), true
	case "join":
		arity("join", args, 1, 1)
		var parts []string
		i := 0
		for it := range Iter(args[0]) {
			p, ok := asBytes(it)
			if !ok {
				panic(New(TypeError, "sequence item "+itoa(i)+": expected a bytes-like object, "+TypeName(it)+" found"))
			}
			parts = append(parts, p)
			i++
		}
		return sameKind(x, strings.Join(parts, s)), true
	case "strip", "lstrip", "rstrip":
		arity(name, args, 0, 1)
		return sameKind(x, bytesStrip(s, args, name != "rstrip", name != "lstrip")), true
	case "replace":
		arity("replace", args, 2, 3)
		n := -1
		if len(args) == 3 {
			n = indexArg(args[2])
		}
		return sameKind(x, strings.Replace(s, bytesArg(args[0]), bytesArg(args[1]), n)), true
	case "upper":
		arity(name, args, 0, 0)
		return sameKind(x, mapASCII(s, func(c byte, _ bool) byte { return toUpperASCII(c) })), true
	case "lower":
		arity(name, args, 0, 0)
		return sameKind(x, mapASCII(s, func(c byte, _ bool) byte { return toLowerASCII(c) })), true
	case "swapcase":
		arity(name, args, 0, 0)
		return sameKind(x, mapASCII(s, func(c byte, _ bool) byte {
			if c >= 'a' && c <= 'z' {
				return c - 32
			}
			return toLowerASCII(c)
		})), true
	case "capitalize":
		arity(name, args, 0, 0)
		out := []byte(s)
		for i, c := range out {
			out[i] = toLowerASCII(c)
		}
		if len(out) > 0 {
			out[0] = toUpperASCII(out[0])
		}
		return sameKind(x, string(out)), true
	case "title":
		arity(name, args, 0, 0)
		return sameKind(x, mapASCII(s, func(c byte, first bool) byte {
			if first {
				return toUpperASCII(c)
			}
			return toLowerASCII(c)
		})), true
	case "partition", "rpartition":
		arity(name, args, 1, 1)
		sep := bytesArg(args[0])
		if sep == "" {
			panic(New(ValueError, "empty separator"))
		}
		var i int
		if name == "partition" {
			i = strings.Index(s, sep)
		} else {
			i = strings.LastIndex(s, sep)
		}
		if i < 0 {
			if name == "partition" {
				return Tuple{sameKind(x, s), sameKind(x, ""), sameKind(x, "")}, true
			}
			return Tuple{sameKind(x, ""), sameKind(x, ""), sameKind(x, s)}, true
		}
		return Tuple{sameKind(x, s[:i]), sameKind(x, sep), sameKind(x, s[i+len(sep):])}, true
	case "removeprefix":
		arity(name, args, 1, 1)
		return sameKind(x, strings.TrimPrefix(s, bytesArg(args[0]))), true
	case "removesuffix":
		arity(name, args, 1, 1)
		return sameKind(x, strings.TrimSuffix(s, bytesArg(args[0]))), true
	case "isdigit":
		return allBytes(s, func(c byte) bool { return c >= '0' && c <= '9' }), true
	case "isalpha":
		return allBytes(s, isAlphaByte), true
	case "isalnum":
		return allBytes(s, func(c byte) bool { return isAlphaByte(c) || c >= '0' && c <= '9' }), true
	case "isspace":
		return allBytes(s, isBytesSpace), true
	case "isascii":
		return isASCII(s), true
	case "isupper", "islower":
		cased, wrong := false, false
		for i := 0; i < len(s); i++ {
			c := s[i]
			if c >= 'a' && c <= 'z' {
				cased = true
				wrong = wrong || name == "isupper"
			} else if c >= 'A' && c <= 'Z' {
				cased = true
				wrong = wrong || name == "islower"
			}
		}
		return cased && !wrong, true
	case "ljust":
		return sameKind(x, bytesPad(name, s, args, '<')), true
	case "rjust":
		return sameKind(x, bytesPad(name, s, args, '>')), true
	case "center":
		return sameKind(x, bytesPad(name, s, args, '^')), true
	case "zfill":
		arity(name, args, 1, 1)
		w := indexArg(args[0])
		if len(s) >= w {
			return sameKind(x, s), true
		}
		pad := strings.Repeat("0", w-len(s))
		if len(s) > 0 && (s[0] == '+' || s[0] == '-') {
			return sameKind(x, s[:1]+pad+s[1:]), true
		}
		return sameKind(x, pad+s), true
	case "splitlines":
		arity(name, args, 0, 1)
		keep := len(args) == 1 && Truth(args[0])
		var out []any
		for i := 0; i < len(s); {
			j := i
			for j < len(s) && s[j] != '\n' && s[j] != '\r' {
				j++
			}
			eol := j
			if j < len(s) {
				if s[j] == '\r' && j+1 < len(s) && s[j+1] == '\n' {
					j += 2
				} else {
					j++
				}
			}
			if keep {
				eol = j
			}
			out = append(out, sameKind(x, s[i:eol]))
			i = j
		}
		return &List{Items: out}, true
	}
	if ba, ok := x.(*ByteArray); ok {
		return byteArrayMethod(ba, name, args)
	}
	return nil, false
}

// byteArrayMethod is bytearray's mutators.
func byteArrayMethod(b *ByteArray, name string, args []any) (any, bool) {
	switch name {
	case "append":
		arity("append", args, 1, 1)
		b.B = append(b.B, byteValue(args[0]))
		return nil, true
	case "extend":
		arity("extend", args, 1, 1)
		if _, isStr := args[0].(string); isStr {
			panic(New(TypeError, "expected iterable of integers; got: 'str'"))
		}
		if _, isInt := args[0].(int); isInt {
			panic(New(TypeError, "can't extend bytearray with int"))
		}
		b.B = append(b.B, newBytes("bytearray", args, nil)...)
		return nil, true
	case "pop":
		arity("pop", args, 0, 1)
		if len(b.B) == 0 {
			panic(New(IndexError, "pop from empty bytearray"))
		}
		i := len(b.B) - 1
		if len(args) == 1 {
			i = indexArg(args[0])
			if i < 0 {
				i += len(b.B)
			}
			if i < 0 || i >= len(b.B) {
				panic(New(IndexError, "pop index out of range"))
			}
		}
		c := b.B[i]
		b.B = append(b.B[:i:i], b.B[i+1:]...)
		return int(c), true
	case "clear":
		arity("clear", args, 0, 0)
		b.B = nil
		return nil, true
	case "copy":
		arity("copy", args, 0, 0)
		return &ByteArray{B: append([]byte{}, b.B...)}, true
	case "insert":
		arity("insert", args, 2, 2)
		i := indexArg(args[0])
		c := byteValue(args[1])
		n := len(b.B)
		if i < 0 {
			i = max(i+n, 0)
		}
		i = min(i, n)
		b.B = append(b.B[:i:i], append([]byte{c}, b.B[i:]...)...)
		return nil, true
	case "reverse":
		arity("reverse", args, 0, 0)
		for i, j := 0, len(b.B)-1; i < j; i, j = i+1, j-1 {
			b.B[i], b.B[j] = b.B[j], b.B[i]
		}
		return nil, true
	case "remove":
		arity("remove", args, 1, 1)
		c := byteValue(args[0])
		i := strings.IndexByte(string(b.B), c)
		if i < 0 {
			panic(New(ValueError, "value not found in bytearray"))
		}
		b.B = append(b.B[:i:i], b.B[i+1:]...)
		return nil, true
	}
	return nil, false
}

const hexDigits = "0123456789abcdef"

// bytesHex is bytes.hex([sep[, bytes_per_sep]]).
func bytesHex(s string, args []any, kw []KW) string {
	var sep any
	per := 1
	if len(args) > 0 {
		sep = args[0]
	}
	if len(args) > 1 {
		per = indexArg(args[1])
	}
	arity("hex", args, 0, 2)
	for _, k := range kw {
		switch k.Name {
		case "sep":
			sep = k.Value
		case "bytes_per_sep":
			per = indexArg(k.Value)
		default:
			panic(New(TypeError, "hex() got an unexpected keyword argument '"+k.Name+"'"))
		}
	}
	var sepStr string
	if sep != nil {
		switch v := sep.(type) {
		case string:
			sepStr = v
		default:
			sepStr = bytesArg(sep)
		}
		if len(sepStr) != 1 {
			panic(New(ValueError, "sep must be length 1."))
		}
		if sepStr[0] >= 0x80 {
			panic(New(ValueError, "sep must be ASCII."))
		}
	}
	var b strings.Builder
	n := len(s)
	for i := 0; i < n; i++ {
		if sepStr != "" && i > 0 && per != 0 {
			// A positive count groups from the right, a negative one from the left.
			if per > 0 && (n-i)%per == 0 || per < 0 && i%(-per) == 0 {
				b.WriteString(sepStr)
			}
		}
		b.WriteByte(hexDigits[s[i]>>4])
		b.WriteByte(hexDigits[s[i]&15])
	}
	return b.String()
}

// bytesFromHex is bytes.fromhex / bytearray.fromhex.
func bytesFromHex(cls any, v any) any {
	s, ok := v.(string)
	if !ok {
		panic(New(TypeError, "fromhex() argument must be str, not "+TypeName(v)))
	}
	var out []byte
	digit := func(c byte) int {
		switch {
		case c >= '0' && c <= '9':
			return int(c - '0')
		case c >= 'a' && c <= 'f':
			return int(c-'a') + 10
		case c >= 'A' && c <= 'F':
			return int(c-'A') + 10
		}
		return -1
	}
	for i := 0; i < len(s); {
		if isBytesSpace(s[i]) {
			i++
			continue
		}
		hi := digit(s[i])
		if hi < 0 {
			panic(New(ValueError, "non-hexadecimal number found in fromhex() arg at position "+itoa(StrLen(s[:i]))))
		}
		if i+1 >= len(s) || digit(s[i+1]) < 0 {
			panic(New(ValueError, "non-hexadecimal number found in fromhex() arg at position "+itoa(StrLen(s[:i+1]))))
		}
		out = append(out, byte(hi<<4|digit(s[i+1])))
		i += 2
	}
	if cls == ByteArrayType {
		return &ByteArray{B: out}
	}
	if _, ok := cls.(*ByteArray); ok {
		return &ByteArray{B: out}
	}
	return Bytes(out)
}
