package py

import (
	"encoding/base32"
	"encoding/base64"
	"hash/crc32"
	"math/big"
	"strings"
)

// base64 (Python code in CPython: its errors carry base64.py's frames),
// binascii and zlib's checksums.

// BinasciiError is binascii.Error.
var BinasciiError = &Class{Name: "Error", Module: "binascii", Base: ValueError}

var (
	b64DecodeFrame   = libFrame("base64.py", 88, "b64decode", "return binascii.a2b_base64(s, strict_mode=validate)", "       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^")
	b64EncodeFrame   = libFrame("base64.py", 58, "b64encode", "encoded = binascii.b2a_base64(s, newline=False)", "          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^")
	b64FromDataFrame = libFrame("base64.py", 83, "b64decode", "s = _bytes_from_decode_data(s)", "    ^^^^^^^^^^^^^^^^^^^^^^^^^^")
	b64NotBytesFrame = libFrame("base64.py", 45, "_bytes_from_decode_data", `raise TypeError("argument should be a bytes-like object or ASCII "`)
)

// decodeData is base64's _bytes_from_decode_data: bytes-like, or an ASCII
// str. frames are the caller's base64.py frames above it.
func decodeData(s any, frames ...Frame) string {
	if str, ok := s.(string); ok {
		if !isASCII(str) {
			// CPython chains the UnicodeEncodeError it caught as the context.
			Unsupported("base64 decoding of a non-ASCII str")
		}
		return str
	}
	if b, ok := asBytes(s); ok {
		return b
	}
	e := New(TypeError, "argument should be a bytes-like object or ASCII string, not '"+TypeName(s)+"'")
	e.SuppressContext = true
	panic(withLibFrames(e, append(frames, b64NotBytesFrame)...))
}

// a2bBase64 is binascii.a2b_base64 (3.11, with strict_mode).
func a2bBase64(data string, strict bool) (string, *Exception) {
	var out []byte
	quadPos, pads, leftchar := 0, 0, byte(0)
	paddingStarted := false
	for i := 0; i < len(data); i++ {
		c := data[i]
		if c == '=' {
			paddingStarted = true
			if strict && quadPos == 0 {
				return "", New(BinasciiError, "Leading padding not allowed")
			}
			if quadPos >= 2 {
				pads++
				if quadPos+pads >= 4 {
					if strict && i+1 < len(data) {
						return "", New(BinasciiError, "Excess data after padding")
					}
					return string(out), nil
				}
			}
			continue
		}
		v := strings.IndexByte("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", c)
		if v < 0 {
			if strict {
				return "", New(BinasciiError, "Only base64 data is allowed")
			}
			continue
		}
		if strict && paddingStarted {
			return "", New(BinasciiError, "Discontinuous padding not allowed")
		}
		pads = 0
		d := byte(v)
		switch quadPos {
		case 0:
			quadPos, leftchar = 1, d
		case 1:
			quadPos = 2
			out = append(out, leftchar<<2|d>>4)
			leftchar = d & 0x0f
		case 2:
			quadPos = 3
			out = append(out, leftchar<<4|d>>2)
			leftchar = d & 0x03
		case 3:
			quadPos = 0
			out = append(out, leftchar<<6|d)
			leftchar = 0
		}
	}
	switch quadPos {
	case 0:
		return string(out), nil
	case 1:
		return "", New(BinasciiError, "Invalid base64-encoded string: number of data characters ("+itoa(len(out)/3*4+1)+") cannot be 1 more than a multiple of 4")
	}
	return "", New(BinasciiError, "Incorrect padding")
}

func b64Encode(s any, frames ...Frame) string {
	b, ok := asBytes(s)
	if !ok {
		panic(withLibFrames(New(TypeError, "a bytes-like object is required, not '"+TypeName(s)+"'"), append(frames, b64EncodeFrame)...))
	}
	return base64.StdEncoding.EncodeToString([]byte(b))
}

func altChars(v any) string {
	a, ok := asBytes(v)
	if !ok {
		if s, isStr := v.(string); isStr && isASCII(s) {
			a = s
		} else {
			Unsupported("base64 altchars of type " + TypeName(v))
		}
	}
	if len(a) != 2 {
		Unsupported("base64 altchars whose length is not 2 (an AssertionError in CPython)")
	}
	return a
}

// Base64B64encode is base64.b64encode(s, altchars=None).
func Base64B64encode(s, altchars any) any {
	out := b64Encode(s)
	if altchars != nil {
		a := altChars(altchars)
		out = strings.NewReplacer("+", a[:1], "/", a[1:]).Replace(out)
	}
	return Bytes(out)
}

func b64Decode(s, altchars any, validate bool, frames ...Frame) any {
	data := decodeData(s, append(frames, b64FromDataFrame)...)
	if altchars != nil {
		a := altChars(altchars)
		data = strings.NewReplacer(a[:1], "+", a[1:], "/").Replace(data)
	}
	out, err := a2bBase64(data, validate)
	if err != nil {
		panic(withLibFrames(err, append(frames, b64DecodeFrame)...))
	}
	return Bytes(out)
}

// Base64B64decode is base64.b64decode(s, altchars=None, validate=False).
func Base64B64decode(s, altchars, validate any) any { return b64Decode(s, altchars, Truth(validate)) }

// Base64StandardB64encode is base64.standard_b64encode(s).
func Base64StandardB64encode(s any) any {
	return Bytes(b64Encode(s, base64CallFrame(96, "standard_b64encode", "b64encode(s)")))
}

// Base64StandardB64decode is base64.standard_b64decode(s).
func Base64StandardB64decode(s any) any {
	return b64Decode(s, nil, false, base64CallFrame(106, "standard_b64decode", "b64decode(s)"))
}

// Base64UrlsafeB64encode is base64.urlsafe_b64encode(s).
func Base64UrlsafeB64encode(s any) any {
	out := b64Encode(s, libFrame("base64.py", 119, "urlsafe_b64encode", "return b64encode(s).translate(_urlsafe_encode_translation)", "       ^^^^^^^^^^^^"))
	return Bytes(strings.NewReplacer("+", "-", "/", "_").Replace(out))
}

// Base64UrlsafeB64decode is base64.urlsafe_b64decode(s).
func Base64UrlsafeB64decode(s any) any {
	data := decodeData(s, libFrame("base64.py", 132, "urlsafe_b64decode", "s = _bytes_from_decode_data(s)", "    ^^^^^^^^^^^^^^^^^^^^^^^^^^"))
	data = strings.NewReplacer("-", "+", "_", "/").Replace(data)
	return b64Decode(Bytes(data), nil, false, base64CallFrame(134, "urlsafe_b64decode", "b64decode(s)"))
}

// base64CallFrame is a `return CALL` line of base64.py with its carets.
func base64CallFrame(line int, fn, call string) Frame {
	return libFrame("base64.py", line, fn, "return "+call, "       "+strings.Repeat("^", len(call)))
}

// Base64B16encode is base64.b16encode(s).
func Base64B16encode(s any) any {
	b, ok := asBytes(s)
	if !ok {
		panic(withLibFrames(New(TypeError, "a bytes-like object is required, not '"+TypeName(s)+"'"),
			base64CallFrame(275, "b16encode", "binascii.hexlify(s).upper()")))
	}
	return Bytes(strings.ToUpper(bytesHex(b, nil, nil)))
}

// Base64B16decode is base64.b16decode(s, casefold=False).
func Base64B16decode(s, casefold any) any {
	data := decodeData(s, libFrame("base64.py", 288, "b16decode", "s = _bytes_from_decode_data(s)", "    ^^^^^^^^^^^^^^^^^^^^^^^^^^"))
	if Truth(casefold) {
		data = strings.ToUpper(data)
	}
	for i := 0; i < len(data); i++ {
		if c := data[i]; !(c >= '0' && c <= '9' || c >= 'A' && c <= 'F') {
			panic(withLibFrames(New(BinasciiError, "Non-base16 digit found"),
				libFrame("base64.py", 292, "b16decode", "raise binascii.Error('Non-base16 digit found')")))
		}
	}
	out, err := unhexlify(data)
	if err != nil {
		panic(withLibFrames(err, base64CallFrame(293, "b16decode", "binascii.unhexlify(s)")))
	}
	return Bytes(out)
}

// Base64B32encode is base64.b32encode(s).
func Base64B32encode(s any) any {
	b, ok := asBytes(s)
	if !ok {
		Unsupported("base64.b32encode of a " + TypeName(s))
	}
	return Bytes(base32.StdEncoding.EncodeToString([]byte(b)))
}

// Base64B32decode is base64.b32decode(s, casefold=False, map01=None).
func Base64B32decode(s, casefold, map01 any) any {
	outer := base64CallFrame(254, "b32decode", "_b32decode(_b32alphabet, s, casefold, map01)")
	data := decodeData(s, outer, libFrame("base64.py", 208, "_b32decode", "s = _bytes_from_decode_data(s)", "    ^^^^^^^^^^^^^^^^^^^^^^^^^^"))
	if map01 != nil {
		Unsupported("base64.b32decode's map01")
	}
	padding := func(line int) {
		panic(withLibFrames(New(BinasciiError, "Incorrect padding"), outer, libFrame("base64.py", line, "_b32decode", "raise binascii.Error('Incorrect padding')")))
	}
	if len(data)%8 != 0 {
		padding(210)
	}
	if Truth(casefold) {
		data = strings.ToUpper(data)
	}
	l := len(data)
	body := strings.TrimRight(data, "=")
	padchars := l - len(body)
	for i := 0; i < len(body); i++ {
		if strings.IndexByte("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", body[i]) < 0 {
			e := New(BinasciiError, "Non-base32 digit found")
			e.SuppressContext = true
			panic(withLibFrames(e, outer, libFrame("base64.py", 236, "_b32decode", "raise binascii.Error('Non-base32 digit found') from None")))
		}
	}
	switch padchars {
	case 0, 1, 3, 4, 6:
	default:
		padding(240)
	}
	out, err := base32.StdEncoding.DecodeString(data)
	if err != nil {
		// Go rejects trailing bits CPython drops; say so rather than differ.
		Unsupported("base32 input with non-zero trailing bits")
	}
	return Bytes(out)
}

// unhexlify is binascii.unhexlify's conversion.
func unhexlify(s string) (string, *Exception) {
	if len(s)%2 != 0 {
		return "", New(BinasciiError, "Odd-length string")
	}
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
	out := make([]byte, len(s)/2)
	for i := range out {
		hi, lo := digit(s[2*i]), digit(s[2*i+1])
		if hi < 0 || lo < 0 {
			return "", New(BinasciiError, "Non-hexadecimal digit found")
		}
		out[i] = byte(hi<<4 | lo)
	}
	return string(out), nil
}

// asciiBuffer is binascii's ascii_buffer argument: bytes-like or an ASCII str.
func asciiBuffer(v any) string {
	if s, ok := v.(string); ok {
		if !isASCII(s) {
			panic(New(ValueError, "string argument should contain only ASCII characters"))
		}
		return s
	}
	if b, ok := asBytes(v); ok {
		return b
	}
	panic(New(TypeError, "argument should be bytes, buffer or ASCII string, not '"+TypeName(v)+"'"))
}

// BinasciiHexlify is binascii.hexlify(data, sep=None, bytes_per_sep=1) (b2a_hex too).
func BinasciiHexlify(data, sep, perSep any) any {
	var args []any
	if sep != nil {
		args = []any{sep, perSep}
	}
	return Bytes(bytesHex(bytesArg(data), args, nil))
}

// BinasciiUnhexlify is binascii.unhexlify(hexstr) (a2b_hex too).
func BinasciiUnhexlify(hexstr any) any {
	out, err := unhexlify(asciiBuffer(hexstr))
	if err != nil {
		panic(err)
	}
	return Bytes(out)
}

// BinasciiA2bBase64 is binascii.a2b_base64(data, /, *, strict_mode=False).
func BinasciiA2bBase64(data, strict any) any {
	out, err := a2bBase64(asciiBuffer(data), Truth(strict))
	if err != nil {
		panic(err)
	}
	return Bytes(out)
}

// BinasciiB2aBase64 is binascii.b2a_base64(data, /, *, newline=True).
func BinasciiB2aBase64(data, newline any) any {
	out := base64.StdEncoding.EncodeToString([]byte(bytesArg(data)))
	if Truth(newline) {
		out += "\n"
	}
	return Bytes(out)
}

// checksumStart is the optional running value of crc32/adler32 (an
// unsigned 32-bit value; CPython masks what it is given).
func checksumStart(v any) uint32 {
	n := toNum(v)
	if n.kind != kInt && n.kind != kBig {
		panic(New(TypeError, "'"+TypeName(v)+"' object cannot be interpreted as an integer"))
	}
	return uint32(new(big.Int).And(n.big(), big.NewInt(0xffffffff)).Uint64())
}

// BinasciiCrc32 is binascii.crc32(data, crc=0) and zlib.crc32(data, value=0).
func BinasciiCrc32(data, start any) any {
	return int(crc32.Update(checksumStart(start), crc32.IEEETable, []byte(bytesArg(data))))
}

// ZlibAdler32 is zlib.adler32(data, value=1).
func ZlibAdler32(data, start any) any {
	v := checksumStart(start)
	a, b := v&0xffff, v>>16
	const mod = 65521
	for _, c := range []byte(bytesArg(data)) {
		a = (a + uint32(c)) % mod
		b = (b + a) % mod
	}
	return int(b<<16 | a)
}
