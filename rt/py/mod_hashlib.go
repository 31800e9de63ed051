package py

import (
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha3"
	"crypto/sha512"
	"crypto/subtle"
	"encoding"
	"encoding/hex"
	"hash"
	"strings"
)

// hashlib and hmac on Go's crypto packages (standard library). blake2 and
// shake are not in Go's standard library: they are not offered.

// hashAlgos maps hashlib's names to constructors.
var hashAlgos = map[string]func() hash.Hash{
	"md5": md5.New, "sha1": sha1.New, "sha224": sha256.New224, "sha256": sha256.New,
	"sha384": sha512.New384, "sha512": sha512.New,
	"sha3_224": func() hash.Hash { return sha3.New224() }, "sha3_256": func() hash.Hash { return sha3.New256() },
	"sha3_384": func() hash.Hash { return sha3.New384() }, "sha3_512": func() hash.Hash { return sha3.New512() },
}

// HashObj is a hashlib hash object (_hashlib.HASH) or an hmac.HMAC.
type HashObj struct {
	name string
	h    hash.Hash
	// hmacKey is set for hmac objects.
	hmacKey []byte
}

func (o *HashObj) PyType() string {
	if o.hmacKey != nil {
		return "HMAC"
	}
	return "HASH"
}

func (o *HashObj) PyTypeModule() string {
	if o.hmacKey != nil {
		return "hmac"
	}
	return "_hashlib"
}

func (o *HashObj) PyRepr() string {
	if o.hmacKey != nil {
		return "<hmac.HMAC object at " + addrHex(o) + ">"
	}
	return "<" + o.name + " _hashlib.HASH object @ " + addrHex(o) + ">"
}

// hashData is what update() and the constructors accept: bytes-like only.
func hashData(v any) []byte {
	if s, ok := asBytes(v); ok {
		return []byte(s)
	}
	if _, ok := v.(string); ok {
		panic(New(TypeError, "Strings must be encoded before hashing"))
	}
	panic(New(TypeError, "object supporting the buffer API required"))
}

func (o *HashObj) PyGetAttr(name string) (any, bool) {
	switch name {
	case "name":
		return o.name, true
	case "digest_size":
		return o.h.Size(), true
	case "block_size":
		return o.h.BlockSize(), true
	case "update":
		return NewMethod(name, o, func(args []any, kw []KW) any {
			noKw("update", kw)
			arity("update", args, 1, 1)
			o.h.Write(hashData(args[0]))
			return nil
		}), true
	case "digest":
		return NewMethod(name, o, func(args []any, kw []KW) any {
			noKw("digest", kw)
			arity("digest", args, 0, 0)
			return Bytes(o.h.Sum(nil))
		}), true
	case "hexdigest":
		return NewMethod(name, o, func(args []any, kw []KW) any {
			noKw("hexdigest", kw)
			arity("hexdigest", args, 0, 0)
			return hex.EncodeToString(o.h.Sum(nil))
		}), true
	case "copy":
		return NewMethod(name, o, func(args []any, kw []KW) any {
			arity("copy", args, 0, 0)
			return o.clone()
		}), true
	}
	return nil, false
}

// clone copies the running state through the hash's binary marshaling
// (every Go hash used here has it).
func (o *HashObj) clone() *HashObj {
	var h hash.Hash
	if o.hmacKey != nil {
		Unsupported("hmac.HMAC.copy()")
	}
	h = hashAlgos[o.name]()
	state, err := o.h.(encoding.BinaryMarshaler).MarshalBinary()
	if err == nil {
		err = h.(encoding.BinaryUnmarshaler).UnmarshalBinary(state)
	}
	if err != nil {
		Unsupported("copy() of a " + o.name + " hash")
	}
	return &HashObj{name: o.name, h: h}
}

func newHash(name string, data any) *HashObj {
	o := &HashObj{name: name, h: hashAlgos[name]()}
	if data != nil {
		o.h.Write(hashData(data))
	}
	return o
}

// hashCtor binds (string=b”, *, usedforsecurity=True), the openssl
// constructors' parameters.
func hashCtor(name string, args []any, kw []KW) *HashObj {
	sig := &Signature{Name: "openssl_" + name, Params: []string{"string"}, Defaults: []any{Bytes("")},
		KwOnly: []string{"usedforsecurity"}, KwDefaults: map[string]any{"usedforsecurity": true}}
	b := sig.Bind(args, kw)
	return newHash(name, b[0])
}

// The constructors are builtin function values (hmac.new takes them as
// digestmod), named as CPython's: openssl_sha256.
var (
	HashlibMD5      = hashFunc("md5")
	HashlibSHA1     = hashFunc("sha1")
	HashlibSHA224   = hashFunc("sha224")
	HashlibSHA256   = hashFunc("sha256")
	HashlibSHA384   = hashFunc("sha384")
	HashlibSHA512   = hashFunc("sha512")
	HashlibSHA3_224 = hashFunc("sha3_224")
	HashlibSHA3_256 = hashFunc("sha3_256")
	HashlibSHA3_384 = hashFunc("sha3_384")
	HashlibSHA3_512 = hashFunc("sha3_512")
	HashlibNewFunc  = NewBuiltin("new", HashlibNew)
)

func hashFunc(name string) *Function {
	return NewBuiltin("openssl_"+name, func(args []any, kw []KW) any { return hashCtor(name, args, kw) })
}

// hashName resolves hashlib.new's name as OpenSSL does: case-insensitively.
func hashName(v any) string {
	s, ok := v.(string)
	if !ok {
		panic(New(TypeError, "new() argument 'name' must be str, not "+TypeName(v)))
	}
	n := strings.ToLower(s)
	switch n {
	case "blake2b", "blake2s", "shake_128", "shake_256", "sm3", "ripemd160", "md5-sha1", "sha512_224", "sha512_256":
		Unsupported("hashlib's " + n)
	}
	if _, ok := hashAlgos[n]; !ok {
		panic(New(ValueError, "unsupported hash type "+s))
	}
	return n
}

// HashlibNew is hashlib.new(name, data=b”, **kwargs).
func HashlibNew(args []any, kw []KW) any {
	sig := &Signature{Name: "__hash_new", Params: []string{"name", "data"}, Defaults: []any{Bytes("")},
		VarKw: "kwargs"}
	b := sig.Bind(args, kw)
	return newHash(hashName(b[0]), b[1])
}

// HmacNew is hmac.new(key, msg=None, digestmod=”).
func HmacNew(key, msg, digestmod any) any {
	k, ok := asBytes(key)
	if !ok {
		panic(New(TypeError, "key: expected bytes or bytearray, but got '"+TypeName(key)+"'"))
	}
	var algo string
	switch d := digestmod.(type) {
	case string:
		if d == "" {
			panic(New(TypeError, "Missing required parameter 'digestmod'."))
		}
		algo = hashName(d)
	case *Function:
		algo = strings.TrimPrefix(d.Name, "openssl_")
		if _, ok := hashAlgos[algo]; !ok || d.Self != nil {
			Unsupported("hmac with digestmod " + Repr(digestmod))
		}
	default:
		Unsupported("hmac with digestmod " + Repr(digestmod))
	}
	o := &HashObj{name: "hmac-" + algo, h: hmac.New(hashAlgos[algo], []byte(k)), hmacKey: []byte(k)}
	if msg != nil {
		o.h.Write(hashData(msg))
	}
	return o
}

// HmacDigest is hmac.digest(key, msg, digest).
func HmacDigest(key, msg, digest any) any {
	o := HmacNew(key, msg, digest).(*HashObj)
	return Bytes(o.h.Sum(nil))
}

// HmacCompareDigest is hmac.compare_digest(a, b): ASCII strs or bytes-like.
func HmacCompareDigest(a, b any) bool {
	as, aStr := a.(string)
	bs, bStr := b.(string)
	switch {
	case aStr && bStr:
		if !isASCII(as) || !isASCII(bs) {
			panic(New(TypeError, "comparing strings with non-ASCII characters is not supported"))
		}
	default:
		var ok1, ok2 bool
		as, ok1 = asBytes(a)
		bs, ok2 = asBytes(b)
		switch {
		case !ok1 && !ok2:
			panic(New(TypeError, "unsupported operand types(s) or combination of types: '"+TypeName(a)+"' and '"+TypeName(b)+"'"))
		case !ok1:
			bytesArg(a)
		case !ok2:
			bytesArg(b)
		}
	}
	return subtle.ConstantTimeCompare([]byte(as), []byte(bs)) == 1
}
