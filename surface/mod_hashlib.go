package surface

func registerHashlib() {
	ctor := func(name, goName string) *Entry {
		return &Entry{Name: name, Kind: Value, Go: "py.Hashlib" + goName}
	}
	addModule(&Module{Name: "hashlib", Coverage: "md5, sha1, sha224/256/384/512 and sha3_* (Go's crypto packages) as constructors and through `new`; hash objects' `update`, `digest`, `hexdigest`, `copy`, `name`, `digest_size`, `block_size`; not blake2, shake, pbkdf2 or scrypt (not in Go's standard library)"}, []*Entry{
		ctor("md5", "MD5"), ctor("sha1", "SHA1"), ctor("sha224", "SHA224"), ctor("sha256", "SHA256"),
		ctor("sha384", "SHA384"), ctor("sha512", "SHA512"), ctor("sha3_224", "SHA3_224"),
		ctor("sha3_256", "SHA3_256"), ctor("sha3_384", "SHA3_384"), ctor("sha3_512", "SHA3_512"),
		ctor("new", "NewFunc"),
	})

	addModule(&Module{Name: "hmac", Coverage: "`new` (digestmod a name or a hashlib constructor), `digest`, `compare_digest`; HMAC objects' `update`, `digest`, `hexdigest`, `name`"}, []*Entry{
		{Name: "new", Go: "py.HmacNew", Params: []Param{req("key"), opt("msg", nil), opt("digestmod", "")}},
		{Name: "digest", Go: "py.HmacDigest", Params: []Param{req("key"), req("msg"), req("digest")}},
		{Name: "compare_digest", Go: "py.HmacCompareDigest", Params: []Param{posonly(req("a")), posonly(req("b"))}, Result: Bool, GoResult: "bool"},
	})
}
