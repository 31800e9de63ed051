package py

import "testing"

// TestBytesCodecOracle pins the codecs' error regions and messages: the
// utf-8 decoder's invalid start / continuation / truncated cases (CPython's
// stringlib utf8_decode), and the encoders' runs of unencodable characters.
func TestBytesCodecOracle(t *testing.T) {
	r := func(fn func() any) func() string { return func() string { return Repr(fn()) } }
	checkCases(t, []oracleCase{
		c(`repr(b'\xc3'.decode("utf-8", "strict"))`, r(func() any { return cm(Bytes("\xc3"), "decode", "utf-8", "strict") })),
		c(`repr(b'\xc3'.decode("utf-8", "replace"))`, r(func() any { return cm(Bytes("\xc3"), "decode", "utf-8", "replace") })),
		c(`repr(b'\xc3'.decode("utf-8", "ignore"))`, r(func() any { return cm(Bytes("\xc3"), "decode", "utf-8", "ignore") })),
		c(`repr(b'\xc3('.decode("utf-8", "strict"))`, r(func() any { return cm(Bytes("\xc3\x28"), "decode", "utf-8", "strict") })),
		c(`repr(b'\xc3('.decode("utf-8", "replace"))`, r(func() any { return cm(Bytes("\xc3\x28"), "decode", "utf-8", "replace") })),
		c(`repr(b'\xc3('.decode("utf-8", "ignore"))`, r(func() any { return cm(Bytes("\xc3\x28"), "decode", "utf-8", "ignore") })),
		c(`repr(b'\xe0\x80\x80'.decode("utf-8", "strict"))`, r(func() any { return cm(Bytes("\xe0\x80\x80"), "decode", "utf-8", "strict") })),
		c(`repr(b'\xe0\x80\x80'.decode("utf-8", "replace"))`, r(func() any { return cm(Bytes("\xe0\x80\x80"), "decode", "utf-8", "replace") })),
		c(`repr(b'\xe0\x80\x80'.decode("utf-8", "ignore"))`, r(func() any { return cm(Bytes("\xe0\x80\x80"), "decode", "utf-8", "ignore") })),
		c(`repr(b'\xe0\xa0'.decode("utf-8", "strict"))`, r(func() any { return cm(Bytes("\xe0\xa0"), "decode", "utf-8", "strict") })),
		c(`repr(b'\xe0\xa0'.decode("utf-8", "replace"))`, r(func() any { return cm(Bytes("\xe0\xa0"), "decode", "utf-8", "replace") })),
		c(`repr(b'\xe0\xa0'.decode("utf-8", "ignore"))`, r(func() any { return cm(Bytes("\xe0\xa0"), "decode", "utf-8", "ignore") })),
		c(`repr(b'\xed\xa0\x80'.decode("utf-8", "strict"))`, r(func() any { return cm(Bytes("\xed\xa0\x80"), "decode", "utf-8", "strict") })),
		c(`repr(b'\xed\xa0\x80'.decode("utf-8", "replace"))`, r(func() any { return cm(Bytes("\xed\xa0\x80"), "decode", "utf-8", "replace") })),
		c(`repr(b'\xed\xa0\x80'.decode("utf-8", "ignore"))`, r(func() any { return cm(Bytes("\xed\xa0\x80"), "decode", "utf-8", "ignore") })),
		c(`repr(b'\xe2\x82'.decode("utf-8", "strict"))`, r(func() any { return cm(Bytes("\xe2\x82"), "decode", "utf-8", "strict") })),
		c(`repr(b'\xe2\x82'.decode("utf-8", "replace"))`, r(func() any { return cm(Bytes("\xe2\x82"), "decode", "utf-8", "replace") })),
		c(`repr(b'\xe2\x82'.decode("utf-8", "ignore"))`, r(func() any { return cm(Bytes("\xe2\x82"), "decode", "utf-8", "ignore") })),
		c(`repr(b'\xe2\x82x'.decode("utf-8", "strict"))`, r(func() any { return cm(Bytes("\xe2\x82\x78"), "decode", "utf-8", "strict") })),
		c(`repr(b'\xe2\x82x'.decode("utf-8", "replace"))`, r(func() any { return cm(Bytes("\xe2\x82\x78"), "decode", "utf-8", "replace") })),
		c(`repr(b'\xe2\x82x'.decode("utf-8", "ignore"))`, r(func() any { return cm(Bytes("\xe2\x82\x78"), "decode", "utf-8", "ignore") })),
		c(`repr(b'\xf0\x9f\x98'.decode("utf-8", "strict"))`, r(func() any { return cm(Bytes("\xf0\x9f\x98"), "decode", "utf-8", "strict") })),
		c(`repr(b'\xf0\x9f\x98'.decode("utf-8", "replace"))`, r(func() any { return cm(Bytes("\xf0\x9f\x98"), "decode", "utf-8", "replace") })),
		c(`repr(b'\xf0\x9f\x98'.decode("utf-8", "ignore"))`, r(func() any { return cm(Bytes("\xf0\x9f\x98"), "decode", "utf-8", "ignore") })),
		c(`repr(b'\xf0\x9f('.decode("utf-8", "strict"))`, r(func() any { return cm(Bytes("\xf0\x9f\x28"), "decode", "utf-8", "strict") })),
		c(`repr(b'\xf0\x9f('.decode("utf-8", "replace"))`, r(func() any { return cm(Bytes("\xf0\x9f\x28"), "decode", "utf-8", "replace") })),
		c(`repr(b'\xf0\x9f('.decode("utf-8", "ignore"))`, r(func() any { return cm(Bytes("\xf0\x9f\x28"), "decode", "utf-8", "ignore") })),
		c(`repr(b'\xf4\x90\x80\x80'.decode("utf-8", "strict"))`, r(func() any { return cm(Bytes("\xf4\x90\x80\x80"), "decode", "utf-8", "strict") })),
		c(`repr(b'\xf4\x90\x80\x80'.decode("utf-8", "replace"))`, r(func() any { return cm(Bytes("\xf4\x90\x80\x80"), "decode", "utf-8", "replace") })),
		c(`repr(b'\xf4\x90\x80\x80'.decode("utf-8", "ignore"))`, r(func() any { return cm(Bytes("\xf4\x90\x80\x80"), "decode", "utf-8", "ignore") })),
		c(`repr(b'\xf5\x80'.decode("utf-8", "strict"))`, r(func() any { return cm(Bytes("\xf5\x80"), "decode", "utf-8", "strict") })),
		c(`repr(b'\xf5\x80'.decode("utf-8", "replace"))`, r(func() any { return cm(Bytes("\xf5\x80"), "decode", "utf-8", "replace") })),
		c(`repr(b'\xf5\x80'.decode("utf-8", "ignore"))`, r(func() any { return cm(Bytes("\xf5\x80"), "decode", "utf-8", "ignore") })),
		c(`repr(b'a\x80b'.decode("utf-8", "strict"))`, r(func() any { return cm(Bytes("\x61\x80\x62"), "decode", "utf-8", "strict") })),
		c(`repr(b'a\x80b'.decode("utf-8", "replace"))`, r(func() any { return cm(Bytes("\x61\x80\x62"), "decode", "utf-8", "replace") })),
		c(`repr(b'a\x80b'.decode("utf-8", "ignore"))`, r(func() any { return cm(Bytes("\x61\x80\x62"), "decode", "utf-8", "ignore") })),
		c(`repr(b'\xf0\x9f\x98\x80ok'.decode("utf-8", "strict"))`, r(func() any { return cm(Bytes("\xf0\x9f\x98\x80\x6f\x6b"), "decode", "utf-8", "strict") })),
		c(`repr(b'\xf0\x9f\x98\x80ok'.decode("utf-8", "replace"))`, r(func() any { return cm(Bytes("\xf0\x9f\x98\x80\x6f\x6b"), "decode", "utf-8", "replace") })),
		c(`repr(b'\xf0\x9f\x98\x80ok'.decode("utf-8", "ignore"))`, r(func() any { return cm(Bytes("\xf0\x9f\x98\x80\x6f\x6b"), "decode", "utf-8", "ignore") })),
		c(`repr(b'\xc0\xaf'.decode("utf-8", "strict"))`, r(func() any { return cm(Bytes("\xc0\xaf"), "decode", "utf-8", "strict") })),
		c(`repr(b'\xc0\xaf'.decode("utf-8", "replace"))`, r(func() any { return cm(Bytes("\xc0\xaf"), "decode", "utf-8", "replace") })),
		c(`repr(b'\xc0\xaf'.decode("utf-8", "ignore"))`, r(func() any { return cm(Bytes("\xc0\xaf"), "decode", "utf-8", "ignore") })),
		c(`repr(b'\xf0\x80\x80\x80'.decode("utf-8", "strict"))`, r(func() any { return cm(Bytes("\xf0\x80\x80\x80"), "decode", "utf-8", "strict") })),
		c(`repr(b'\xf0\x80\x80\x80'.decode("utf-8", "replace"))`, r(func() any { return cm(Bytes("\xf0\x80\x80\x80"), "decode", "utf-8", "replace") })),
		c(`repr(b'\xf0\x80\x80\x80'.decode("utf-8", "ignore"))`, r(func() any { return cm(Bytes("\xf0\x80\x80\x80"), "decode", "utf-8", "ignore") })),
		c(`repr(b'\xff\xfe'.decode("utf-8", "strict"))`, r(func() any { return cm(Bytes("\xff\xfe"), "decode", "utf-8", "strict") })),
		c(`repr(b'\xff\xfe'.decode("utf-8", "replace"))`, r(func() any { return cm(Bytes("\xff\xfe"), "decode", "utf-8", "replace") })),
		c(`repr(b'\xff\xfe'.decode("utf-8", "ignore"))`, r(func() any { return cm(Bytes("\xff\xfe"), "decode", "utf-8", "ignore") })),
		c(`repr('aé€'.encode("ascii", "strict"))`, r(func() any { return cm("aé€", "encode", "ascii", "strict") })),
		c(`repr('aé€'.encode("ascii", "replace"))`, r(func() any { return cm("aé€", "encode", "ascii", "replace") })),
		c(`repr('aé€'.encode("ascii", "ignore"))`, r(func() any { return cm("aé€", "encode", "ascii", "ignore") })),
		c(`repr('aé€x€'.encode("latin-1", "strict"))`, r(func() any { return cm("aé€x€", "encode", "latin-1", "strict") })),
		c(`repr('aé€x€'.encode("latin-1", "replace"))`, r(func() any { return cm("aé€x€", "encode", "latin-1", "replace") })),
		c(`repr('aé€x€'.encode("latin-1", "ignore"))`, r(func() any { return cm("aé€x€", "encode", "latin-1", "ignore") })),
		c(`repr('ü𝄞'.encode("ascii", "strict"))`, r(func() any { return cm("ü𝄞", "encode", "ascii", "strict") })),
		c(`repr('ü𝄞'.encode("ascii", "replace"))`, r(func() any { return cm("ü𝄞", "encode", "ascii", "replace") })),
		c(`repr('ü𝄞'.encode("ascii", "ignore"))`, r(func() any { return cm("ü𝄞", "encode", "ascii", "ignore") })),
	})
}

func TestBytesOracle(t *testing.T) {
	r := func(fn func() any) func() string { return func() string { return Repr(fn()) } }
	B := func(s string) Bytes { return Bytes(s) }
	checkCases(t, []oracleCase{
		c(`repr((b"it's", b'say "hi"', b'both \'"', b'\t\n\r\x00\x7f\x80\\'))`, r(func() any {
			return T(B("it's"), B(`say "hi"`), B(`both '"`), B("\t\n\r\x00\x7f\x80\\"))
		})),
		c(`repr(bytearray(b"x'y"))`, r(func() any { return &ByteArray{B: []byte("x'y")} })),
		c(`repr((b'abc'[1], b'abc'[-1], b'abcdef'[1:5:2], bytearray(b'abc')[::-1]))`, r(func() any {
			return T(GetItem(B("abc"), 1), GetItem(B("abc"), -1), GetItem(B("abcdef"), Slice(1, 5, 2)), GetItem(&ByteArray{B: []byte("abc")}, Slice(nil, nil, -1)))
		})),
		c(`repr(b'abc'[3])`, r(func() any { return GetItem(B("abc"), 3) })),
		c(`repr(bytearray(b'abc')[3])`, r(func() any { return GetItem(&ByteArray{B: []byte("abc")}, 3) })),
		c(`repr((b'a' + bytearray(b'b'), bytearray(b'a') + b'b', b'ab' * 2, 3 * b'x', b'x' * -1))`, r(func() any {
			return T(Add(B("a"), &ByteArray{B: []byte("b")}), Add(&ByteArray{B: []byte("a")}, B("b")), Mul(B("ab"), 2), Mul(3, B("x")), Mul(B("x"), -1))
		})),
		c(`repr(b'a' + 'b')`, r(func() any { return Add(B("a"), "b") })),
		c(`repr('a' + b'b')`, r(func() any { return Add("a", B("b")) })),
		c(`repr(b'a' * 1.5)`, r(func() any { return Mul(B("a"), 1.5) })),
		c(`repr((b'a' == bytearray(b'a'), b'a' == 'a', b'a' < b'ab', bytearray(b'b') > b'a', b'' <= b''))`, r(func() any {
			return T(Eq(B("a"), &ByteArray{B: []byte("a")}), Eq(B("a"), "a"), Lt(B("a"), B("ab")), Gt(&ByteArray{B: []byte("b")}, B("a")), LtE(B(""), B("")))
		})),
		c(`repr(b'a' < 'b')`, r(func() any { return Lt(B("a"), "b") })),
		c(`repr((98 in b'abc', b'bc' in b'abc', b'' in b'', 300 in b'a'))`, r(func() any {
			return T(Contains(B("abc"), 98), Contains(B("abc"), B("bc")), Contains(B(""), B("")), Contains(B("a"), 300))
		})),
		c(`repr('a' in b'abc')`, r(func() any { return Contains(B("abc"), "a") })),
		c(`repr(hash(b'abc') == hash(b'abc'))`, r(func() any { h1, h2 := Hash(B("abc")), Hash(B(string([]byte("abc")))); return h1 == h2 })),
		c(`repr(hash(bytearray(b'a')))`, r(func() any { return Hash(&ByteArray{B: []byte("a")}) })),
		c(`repr((bytes(), bytes(3), bytes([1, 255]), bytes(b'x'), bytes('é', 'utf-8'), bytearray(range(3)), bytes(bytearray(b'q'))))`, r(func() any {
			bb := func(a ...any) any { return CallBuiltin("bytes", a, nil) }
			return T(bb(), bb(3), bb(L(1, 255)), bb(B("x")), bb("é", "utf-8"), CallBuiltin("bytearray", []any{NewRange(3)}, nil), bb(&ByteArray{B: []byte("q")}))
		})),
		c(`repr((float(b'1.5'), float(bytearray(b' -2_0.25\t')), float(b'inf'), float(b'1e3'), int(b' 42 '), int(bytearray(b'ff'), 16)))`, r(func() any {
			fl := func(v any) any { return CallBuiltin("float", []any{v}, nil) }
			return T(fl(B("1.5")), fl(&ByteArray{B: []byte(" -2_0.25\t")}), fl(B("inf")), fl(B("1e3")), CallBuiltin("int", []any{B(" 42 ")}, nil), CallBuiltin("int", []any{&ByteArray{B: []byte("ff")}, 16}, nil))
		})),
		c(`repr(float(b'x'))`, r(func() any { return CallBuiltin("float", []any{B("x")}, nil) })),
		c(`repr(float(bytearray(b'1x')))`, r(func() any { return CallBuiltin("float", []any{&ByteArray{B: []byte("1x")}}, nil) })),
		c(`repr(float(b'\x1c1'))`, r(func() any { return CallBuiltin("float", []any{B("\x1c1")}, nil) })),
		c(`repr(float(b'1\xff'))`, r(func() any { return CallBuiltin("float", []any{B("1\xff")}, nil) })),
		c(`repr(bytes('x'))`, r(func() any { return CallBuiltin("bytes", []any{"x"}, nil) })),
		c(`repr(bytes(-1))`, r(func() any { return CallBuiltin("bytes", []any{-1}, nil) })),
		c(`repr(bytes([256]))`, r(func() any { return CallBuiltin("bytes", []any{L(256)}, nil) })),
		c(`repr(bytearray([256]))`, r(func() any { return CallBuiltin("bytearray", []any{L(256)}, nil) })),
		c(`repr(bytes(1.0))`, r(func() any { return CallBuiltin("bytes", []any{1.0}, nil) })),
		c(`repr(bytes(b'x', 'ascii'))`, r(func() any { return CallBuiltin("bytes", []any{B("x"), "ascii"}, nil) })),
		c(`repr((b'a b\t\x0bc\x1cd'.split(), b' a b '.rsplit(None, 1), b'a,,b'.split(b','), b'a,b,c'.rsplit(b',', 1), b'  x\x0c'.strip(), b'xyx'.strip(b'x')))`, r(func() any {
			return T(cm(B("a b\t\x0bc\x1cd"), "split"), cm(B(" a b "), "rsplit", nil, 1), cm(B("a,,b"), "split", B(",")), cm(B("a,b,c"), "rsplit", B(","), 1), cm(B("  x\x0c"), "strip"), cm(B("xyx"), "strip", B("x")))
		})),
		c(`repr((b'abcb'.find(b'b'), b'abcb'.rfind(98), b'abcb'.count(b'b'), b'abc'.count(b''), b'abc'.find(b'c', 1, 2), b'abc'.startswith((b'x', b'ab')), b'abc'.endswith(b'bc')))`, r(func() any {
			return T(cm(B("abcb"), "find", B("b")), cm(B("abcb"), "rfind", 98), cm(B("abcb"), "count", B("b")), cm(B("abc"), "count", B("")), cm(B("abc"), "find", B("c"), 1, 2), cm(B("abc"), "startswith", T(B("x"), B("ab"))), cm(B("abc"), "endswith", B("bc")))
		})),
		c(`repr(b'abc'.index(b'z'))`, r(func() any { return cm(B("abc"), "index", B("z")) })),
		c(`repr(b'abc'.startswith('a'))`, r(func() any { return cm(B("abc"), "startswith", "a") })),
		c(`repr((b'Hello w\xe9rld'.upper(), b'HeLLo'.lower(), b'hello world'.title(), b'hELLO'.capitalize(), b'aB'.swapcase()))`, r(func() any {
			return T(cm(B("Hello w\xe9rld"), "upper"), cm(B("HeLLo"), "lower"), cm(B("hello world"), "title"), cm(B("hELLO"), "capitalize"), cm(B("aB"), "swapcase"))
		})),
		c(`repr((b'-'.join([b'a', bytearray(b'b')]), bytearray(b'-').join([b'x']), b'a=b=c'.partition(b'='), b'a=b=c'.rpartition(b'='), b'abc'.replace(b'b', b'XY'), b'aaa'.replace(b'a', b'b', 2)))`, r(func() any {
			return T(cm(B("-"), "join", L(B("a"), &ByteArray{B: []byte("b")})), cm(&ByteArray{B: []byte("-")}, "join", L(B("x"))), cm(B("a=b=c"), "partition", B("=")), cm(B("a=b=c"), "rpartition", B("=")), cm(B("abc"), "replace", B("b"), B("XY")), cm(B("aaa"), "replace", B("a"), B("b"), 2))
		})),
		c(`repr(b'-'.join(['a']))`, r(func() any { return cm(B("-"), "join", L("a")) })),
		c(`repr((b'\x01\xab\xff'.hex(), b'\x01\xab\xff'.hex(':'), b'\x01\x02\x03\x04\x05'.hex('-', 2), b'\x01\x02\x03\x04\x05'.hex('-', -2), bytes.fromhex('de ad BE EF'), bytearray.fromhex('00')))`, r(func() any {
			return T(cm(B("\x01\xab\xff"), "hex"), cm(B("\x01\xab\xff"), "hex", ":"), cm(B("\x01\x02\x03\x04\x05"), "hex", "-", 2), cm(B("\x01\x02\x03\x04\x05"), "hex", "-", -2), Call(GetAttr(BytesType, "fromhex"), []any{"de ad BE EF"}, nil), Call(GetAttr(ByteArrayType, "fromhex"), []any{"00"}, nil))
		})),
		c(`repr(bytes.fromhex('abc'))`, r(func() any { return Call(GetAttr(BytesType, "fromhex"), []any{"abc"}, nil) })),
		c(`repr((b'12'.isdigit(), b'ab'.isalpha(), b''.isalpha(), b'AB1'.isupper(), b'ab'.islower(), b' \t'.isspace(), b'a'.ljust(3, b'*'), b'a'.rjust(3), b'ab'.center(5, b'.'), b'-5'.zfill(4), b'a\nb\r\nc\r'.splitlines(), b'a\nb'.splitlines(True)))`, r(func() any {
			return T(cm(B("12"), "isdigit"), cm(B("ab"), "isalpha"), cm(B(""), "isalpha"), cm(B("AB1"), "isupper"), cm(B("ab"), "islower"), cm(B(" \t"), "isspace"), cm(B("a"), "ljust", 3, B("*")), cm(B("a"), "rjust", 3), cm(B("ab"), "center", 5, B(".")), cm(B("-5"), "zfill", 4), cm(B("a\nb\r\nc\r"), "splitlines"), cm(B("a\nb"), "splitlines", true))
		})),
		c(`exec:ba = bytearray(b'abc'); ba.append(100); ba.extend(b'ef'); ba.extend([103]); ba[0] = 65; ba[1:3] = b'XYZ'; del ba[-1]; p = ba.pop(); ba.insert(0, 33); ba.remove(90); ba += b'!'; out = repr((ba, p, len(ba), list(ba)[:3]))`, r(func() any {
			ba := &ByteArray{B: []byte("abc")}
			cm(ba, "append", 100)
			cm(ba, "extend", B("ef"))
			cm(ba, "extend", L(103))
			SetItem(ba, 0, 65)
			SetItem(ba, Slice(1, 3, nil), B("XYZ"))
			DelItem(ba, -1)
			p := cm(ba, "pop")
			cm(ba, "insert", 0, 33)
			cm(ba, "remove", 90)
			x := IAdd(ba, B("!"))
			return T(x, p, Len(ba), GetItem(ListFrom(ba), Slice(nil, 3, nil)))
		})),
		c(`repr(bytearray().pop())`, r(func() any { return cm(&ByteArray{}, "pop") })),
		c(`repr(bytearray(b'a').append(256))`, r(func() any { return cm(&ByteArray{B: []byte("a")}, "append", 256) })),
		c(`repr(bytearray(b'a').remove(98))`, r(func() any { return cm(&ByteArray{B: []byte("a")}, "remove", 98) })),
		c(`repr(((1024).to_bytes(2, 'big'), (1024).to_bytes(4, 'little'), (-2).to_bytes(2, 'big', signed=True), (255).to_bytes(), int.from_bytes(b'\x00\x10', 'big'), int.from_bytes(b'\xfe\xff', 'little', signed=True), int.from_bytes(b'\x01' * 10, 'big')))`, r(func() any {
			fb := GetAttr(IntType, "from_bytes")
			return T(cm(1024, "to_bytes", 2, "big"), cm(1024, "to_bytes", 4, "little"), CallMethod(-2, "to_bytes", []any{2, "big"}, []KW{{"signed", true}}), cm(255, "to_bytes"), Call(fb, []any{B("\x00\x10"), "big"}, nil), Call(fb, []any{B("\xfe\xff"), "little"}, []KW{{"signed", true}}), Call(fb, []any{Mul(B("\x01"), 10), "big"}, nil))
		})),
		c(`repr((128).to_bytes(1, 'big', signed=True))`, r(func() any { return CallMethod(128, "to_bytes", []any{1, "big"}, []KW{{"signed", true}}) })),
		c(`repr((-129).to_bytes(1, 'big', signed=True))`, r(func() any { return CallMethod(-129, "to_bytes", []any{1, "big"}, []KW{{"signed", true}}) })),
		c(`repr((-128).to_bytes(1, 'big', signed=True))`, r(func() any { return CallMethod(-128, "to_bytes", []any{1, "big"}, []KW{{"signed", true}}) })),
		c(`repr((1).to_bytes(1, 'mid'))`, r(func() any { return cm(1, "to_bytes", 1, "mid") })),
		c(`repr((b'%s|%5s|%-3b|%d|%04x|%c|%c|%r' % (b'a', b'bc', b'd', 42, 255, 65, b'z', 'q'), bytearray(b'%s') % b'x'))`, r(func() any {
			return T(Mod(B("%s|%5s|%-3b|%d|%04x|%c|%c|%r"), T(B("a"), B("bc"), B("d"), 42, 255, 65, B("z"), "q")), Mod(&ByteArray{B: []byte("%s")}, B("x")))
		})),
		c(`repr(b'%s' % 'x')`, r(func() any { return Mod(B("%s"), "x") })),
		c(`repr(b'%s %s' % b'x')`, r(func() any { return Mod(B("%s %s"), B("x")) })),
		c(`repr((str(b'a'), f'{b"a"}', format(b'a'), '%s' % b'a', str(b'h\xc3\xa9', 'utf-8'), str(b'\xff', 'ascii', 'replace')))`, r(func() any {
			return T(Str(B("a")), Format(B("a"), ""), CallBuiltin("format", []any{B("a")}, nil), Mod("%s", B("a")), CallBuiltin("str", []any{B("h\xc3\xa9"), "utf-8"}, nil), CallBuiltin("str", []any{B("\xff"), "ascii", "replace"}, nil))
		})),
		c(`repr(format(b'a', '>3'))`, r(func() any { return Format(B("a"), ">3") })),
		c(`repr((ord(b'a'), list(b'az'), sorted([b'b', bytearray(b'a')]), bool(b''), bool(b'\x00'), {b'k': 1}[b'k'], type(b'').__name__, isinstance(bytearray(), bytes)))`, r(func() any {
			d := NewDict()
			d.Set(B("k"), 1)
			return T(CallBuiltin("ord", []any{B("a")}, nil), ListFrom(B("az")), CallBuiltin("sorted", []any{L(B("b"), &ByteArray{B: []byte("a")})}, nil), Truth(B("")), Truth(B("\x00")), GetItem(d, B("k")), GetAttr(TypeOf(B("")), "__name__"), IsInstance(&ByteArray{}, BytesType))
		})),
		c(`repr(b'\xff'.decode('ascii', 'bogus'))`, r(func() any { return cm(B("\xff"), "decode", "ascii", "bogus") })),
	})
}
