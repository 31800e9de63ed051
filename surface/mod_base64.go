package surface

func registerBase64() {
	addModule(&Module{Name: "base64", Coverage: "`b64encode`/`b64decode` (altchars, validate), `standard_*`, `urlsafe_*`, `b16*`, `b32*` with binascii.Error's messages and base64.py's traceback frames; not b85/a85 or the file helpers"}, []*Entry{
		{Name: "b64encode", Go: "py.Base64B64encode", Params: []Param{req("s"), opt("altchars", nil)}, AsValue: true},
		{Name: "b64decode", Go: "py.Base64B64decode", Params: []Param{req("s"), opt("altchars", nil), opt("validate", false)}, AsValue: true},
		{Name: "standard_b64encode", Go: "py.Base64StandardB64encode", Params: []Param{req("s")}, AsValue: true},
		{Name: "standard_b64decode", Go: "py.Base64StandardB64decode", Params: []Param{req("s")}, AsValue: true},
		{Name: "urlsafe_b64encode", Go: "py.Base64UrlsafeB64encode", Params: []Param{req("s")}, AsValue: true},
		{Name: "urlsafe_b64decode", Go: "py.Base64UrlsafeB64decode", Params: []Param{req("s")}, AsValue: true},
		{Name: "b16encode", Go: "py.Base64B16encode", Params: []Param{req("s")}, AsValue: true},
		{Name: "b16decode", Go: "py.Base64B16decode", Params: []Param{req("s"), opt("casefold", false)}, AsValue: true},
		{Name: "b32encode", Go: "py.Base64B32encode", Params: []Param{req("s")}, AsValue: true},
		{Name: "b32decode", Go: "py.Base64B32decode", Params: []Param{req("s"), opt("casefold", false), opt("map01", nil)}, AsValue: true},
	})

	addModule(&Module{Name: "binascii", Coverage: "`hexlify`/`b2a_hex`, `unhexlify`/`a2b_hex`, `a2b_base64`/`b2a_base64`, `crc32`, `Error`"}, []*Entry{
		{Name: "hexlify", Go: "py.BinasciiHexlify", Params: []Param{req("data"), opt("sep", nil), opt("bytes_per_sep", 1)}, AsValue: true},
		{Name: "b2a_hex", Go: "py.BinasciiHexlify", Params: []Param{req("data"), opt("sep", nil), opt("bytes_per_sep", 1)}, AsValue: true},
		{Name: "unhexlify", Go: "py.BinasciiUnhexlify", Params: []Param{posonly(req("hexstr"))}, AsValue: true},
		{Name: "a2b_hex", Go: "py.BinasciiUnhexlify", Params: []Param{posonly(req("hexstr"))}, AsValue: true},
		{Name: "a2b_base64", Go: "py.BinasciiA2bBase64", Params: []Param{posonly(req("data")), kwonly("strict_mode", false)}, AsValue: true},
		{Name: "b2a_base64", Go: "py.BinasciiB2aBase64", Params: []Param{posonly(req("data")), kwonly("newline", true)}, AsValue: true},
		{Name: "crc32", Go: "py.BinasciiCrc32", Params: []Param{posonly(req("data")), posonly(opt("crc", 0))}, Result: Int, AsValue: true},
		{Name: "Error", Kind: Class, Go: "py.BinasciiError"},
	})

	addModule(&Module{Name: "zlib", Coverage: "the checksums `crc32` and `adler32` only"}, []*Entry{
		{Name: "crc32", Go: "py.BinasciiCrc32", Params: []Param{posonly(req("data")), posonly(opt("value", 0))}, Result: Int, AsValue: true},
		{Name: "adler32", Go: "py.ZlibAdler32", Params: []Param{posonly(req("data")), posonly(opt("value", 1))}, Result: Int, AsValue: true},
	})
}
