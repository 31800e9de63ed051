package py

import (
	"crypto/md5"
	"crypto/rand"
	"crypto/sha1"
	"fmt"
	"math/big"
	"strings"
)

// The uuid module: UUID as Lib/uuid.py defines it (a class whose value is
// a 128-bit int), uuid3/uuid5 from Go's md5/sha1 and uuid4 from the
// operating system's randomness (os.urandom in CPython), which leaves the
// random module's state alone. Without a bytes type, the bytes
// attributes and arguments stop as unsupported.

// UUIDType is uuid.UUID.
var UUIDType *Class

// The variant strings.
const (
	uuidReservedNCS       = "reserved for NCS compatibility"
	uuidRFC4122           = "specified in RFC 4122"
	uuidReservedMicrosoft = "reserved for Microsoft compatibility"
	uuidReservedFuture    = "reserved for future definition"
)

// uuidVal is a UUID's 128-bit value.
type uuidVal struct{ n *big.Int }

var one128 = new(big.Int).Lsh(big.NewInt(1), 128)

// uuid's namespace constants.
var UUIDNamespaceDNS, UUIDNamespaceURL, UUIDNamespaceOID, UUIDNamespaceX500 any

func asUUID(x any) (uuidVal, bool) {
	v, ok := dtVal(x).(uuidVal)
	return v, ok
}

func (u uuidVal) hex() string { return fmt.Sprintf("%032x", u.n) }

func (u uuidVal) str() string {
	h := u.hex()
	return h[:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:]
}

// bits is (n >> shift) & mask.
func (u uuidVal) bits(shift uint, mask int64) any {
	r := new(big.Int).Rsh(u.n, shift)
	return normBig(r.And(r, big.NewInt(mask)))
}

func (u uuidVal) variant() string {
	switch {
	case u.n.Bit(63) == 0:
		return uuidReservedNCS
	case u.n.Bit(62) == 0:
		return uuidRFC4122
	case u.n.Bit(61) == 0:
		return uuidReservedMicrosoft
	}
	return uuidReservedFuture
}

// withVersion sets the RFC 4122 variant and the version number.
func withVersion(n *big.Int, version int) *big.Int {
	n = new(big.Int).Set(n)
	n.SetBit(n, 63, 1)
	n.SetBit(n, 62, 0)
	for i := 0; i < 4; i++ {
		n.SetBit(n, 76+i, uint(version>>i&1))
	}
	return n
}

func newUUID(n *big.Int) *Instance { return dtNew(UUIDType, uuidVal{n}) }

func uuidInit(self any, args []any, kw []KW) any {
	names := []string{"hex", "bytes", "bytes_le", "fields", "int", "version", "is_safe"}
	sig := &Signature{Name: "__init__", Params: names[:6], Defaults: []any{nil, nil, nil, nil, nil, nil},
		KwOnly: []string{"is_safe"}, KwDefaults: map[string]any{"is_safe": nil}}
	a := sig.Bind(args, kw)
	given := 0
	for _, v := range a[:5] {
		if v != nil {
			given++
		}
	}
	if given != 1 {
		uuidRaise(New(TypeError, "one of the hex, bytes, bytes_le, fields, or int arguments must be given"), 172,
			"raise TypeError('one of the hex, bytes, bytes_le, fields, '")
	}
	if a[1] != nil || a[2] != nil {
		Unsupported("uuid.UUID(bytes=...)")
	}
	if a[6] != nil {
		Unsupported("uuid.UUID(is_safe=...)")
	}
	var n any
	switch {
	case a[0] != nil:
		h := Str(CallMethod(CallMethod(a[0], "replace", []any{"urn:", ""}, nil), "replace", []any{"uuid:", ""}, nil))
		h = strings.ReplaceAll(strings.Trim(h, "{}"), "-", "")
		if len([]rune(h)) != 32 {
			uuidRaise(New(ValueError, "badly formed hexadecimal UUID string"), 178,
				"raise ValueError('badly formed hexadecimal UUID string')")
		}
		if exc := Try(func() { n = builtinInt([]any{h, 16}, nil) }); exc != nil {
			exc.Traceback = nil
			uuidRaise(exc, 179, "int = int_(hex, 16)", "      ^^^^^^^^^^^^^")
		}
	case a[3] != nil:
		f := toSliceIter(a[3])
		if len(f) != 6 {
			uuidRaise(New(ValueError, "fields is not a 6-tuple"), 192, "raise ValueError('fields is not a 6-tuple')")
		}
		widths := []uint{32, 16, 16, 8, 8, 48}
		shifts := []uint{96, 80, 64, 56, 48, 0}
		acc := new(big.Int)
		for i, x := range f {
			if !GtE(x, 0) || !Lt(x, normBig(new(big.Int).Lsh(big.NewInt(1), widths[i]))) {
				article := "a "
				if widths[i] == 8 {
					article = "an "
				}
				msg := "field " + itoa(i+1) + " out of range (need " + article + itoa(int(widths[i])) + "-bit value)"
				uuidRaise(New(ValueError, msg), 196+2*i, "raise ValueError('"+msg+"')")
			}
			v, ok := bigIntArg(x)
			if !ok {
				Unsupported("uuid.UUID fields that are not ints")
			}
			acc.Or(acc, new(big.Int).Lsh(v, shifts[i]))
		}
		n = normBig(acc)
	default:
		n = a[4]
	}
	if !GtE(n, 0) || !Lt(n, normBig(one128)) {
		uuidRaise(New(ValueError, "int is out of range (need a 128-bit value)"), 212,
			"raise ValueError('int is out of range (need a 128-bit value)')")
	}
	v, ok := bigIntArg(n)
	if !ok {
		Unsupported("uuid.UUID(int=...) of a non-int")
	}
	if a[5] != nil {
		if !LtE(1, a[5]) || !LtE(a[5], 5) {
			uuidRaise(New(ValueError, "illegal version number"), 215, "raise ValueError('illegal version number')")
		}
		v = withVersion(v, indexArg(a[5]))
	}
	return setVal(self, uuidVal{v})
}

func initUUID() {
	m := newDtMethods("UUID")
	m.method("__init__", uuidInit)
	m.method("__setattr__", func(self any, args []any, kw []KW) any {
		panic(withLibFrames(New(TypeError, "UUID objects are immutable"),
			libFrame("uuid.py", 278, "__setattr__", "raise TypeError('UUID objects are immutable')")))
	})
	u := func(s any) uuidVal { return dtVal(s).(uuidVal) }
	m.method("__str__", func(s any, args []any, kw []KW) any { return u(s).str() })
	m.method("__repr__", func(s any, args []any, kw []KW) any { return "UUID(" + Repr(u(s).str()) + ")" })
	m.method("__hash__", func(s any, args []any, kw []KW) any { return Hash(normBig(u(s).n)) })
	m.prop("int", func(s any) any { return normBig(u(s).n) })
	m.prop("hex", func(s any) any { return u(s).hex() })
	m.prop("urn", func(s any) any { return "urn:uuid:" + u(s).str() })
	m.prop("variant", func(s any) any { return u(s).variant() })
	m.prop("version", func(s any) any {
		if u(s).variant() != uuidRFC4122 {
			return nil
		}
		return u(s).bits(76, 0xf)
	})
	m.prop("time_low", func(s any) any { return u(s).bits(96, 0xffffffff) })
	m.prop("time_mid", func(s any) any { return u(s).bits(80, 0xffff) })
	m.prop("time_hi_version", func(s any) any { return u(s).bits(64, 0xffff) })
	m.prop("clock_seq_hi_variant", func(s any) any { return u(s).bits(56, 0xff) })
	m.prop("clock_seq_low", func(s any) any { return u(s).bits(48, 0xff) })
	m.prop("node", func(s any) any { return u(s).bits(0, 0xffffffffffff) })
	m.prop("clock_seq", func(s any) any { return u(s).bits(48, 0x3fff) })
	m.prop("time", func(s any) any {
		x := u(s)
		t := new(big.Int).Lsh(toNum(x.bits(64, 0x0fff)).big(), 48)
		t.Or(t, new(big.Int).Lsh(toNum(x.bits(80, 0xffff)).big(), 32))
		return normBig(t.Or(t, toNum(x.bits(96, 0xffffffff)).big()))
	})
	m.prop("fields", func(s any) any {
		x := u(s)
		return Tuple{x.bits(96, 0xffffffff), x.bits(80, 0xffff), x.bits(64, 0xffff), x.bits(56, 0xff), x.bits(48, 0xff), x.bits(0, 0xffffffffffff)}
	})
	for _, op := range []string{"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"} {
		m.binary(op, func(a, b any) any {
			y, ok := asUUID(b)
			if !ok {
				return NotImplemented
			}
			return cmpResult(op, u(a).n.Cmp(y.n))
		})
	}
	m.method("__getattr__", func(s any, args []any, kw []KW) any {
		return dtMissing(s, args[0].(string), "bytes bytes_le is_safe")
	})
	UUIDType = makeBuiltinClass("uuid", "UUID", nil, m)
	ns := func(hex string) any { return Call(UUIDType, []any{hex}, nil) }
	UUIDNamespaceDNS = ns("6ba7b810-9dad-11d1-80b4-00c04fd430c8")
	UUIDNamespaceURL = ns("6ba7b811-9dad-11d1-80b4-00c04fd430c8")
	UUIDNamespaceOID = ns("6ba7b812-9dad-11d1-80b4-00c04fd430c8")
	UUIDNamespaceX500 = ns("6ba7b814-9dad-11d1-80b4-00c04fd430c8")
}

// UUID4 is uuid.uuid4().
func UUID4() any {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic(New(OSError, err.Error()))
	}
	return newUUID(withVersion(new(big.Int).SetBytes(b[:]), 4))
}

func uuidHashed(namespace, name any, version int, sum func([]byte) []byte) any {
	ns, ok := asUUID(namespace)
	if !ok {
		if version == 3 {
			panic(withLibFrames(noAttr(namespace, "bytes"), libFrame("uuid.py", 716, "uuid3",
				`namespace.bytes + bytes(name, "utf-8"),`, "^^^^^^^^^^^^^^^")))
		}
		panic(withLibFrames(noAttr(namespace, "bytes"), libFrame("uuid.py", 728, "uuid5",
			`hash = sha1(namespace.bytes + bytes(name, "utf-8")).digest()`, "            ^^^^^^^^^^^^^^^")))
	}
	s, ok := name.(string)
	if !ok {
		Unsupported("a uuid name that is not a str")
	}
	var nsBytes [16]byte
	ns.n.FillBytes(nsBytes[:])
	digest := sum(append(nsBytes[:], s...))
	return newUUID(withVersion(new(big.Int).SetBytes(digest[:16]), version))
}

// UUID3 is uuid.uuid3(namespace, name).
func UUID3(namespace, name any) any {
	return uuidHashed(namespace, name, 3, func(b []byte) []byte { h := md5.Sum(b); return h[:] })
}

// UUID5 is uuid.uuid5(namespace, name).
func UUID5(namespace, name any) any {
	return uuidHashed(namespace, name, 5, func(b []byte) []byte { h := sha1.Sum(b); return h[:] })
}

func init() { initUUID() }

// uuidRaise raises exc from UUID.__init__ at uuid.py's line.
func uuidRaise(exc *Exception, line int, src ...string) {
	panic(withLibFrames(exc, libFrame("uuid.py", line, "__init__", src...)))
}
