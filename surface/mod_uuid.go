package surface

func registerUUID() {
	str := func(name, v string) *Entry { return &Entry{Name: name, Kind: Value, Const: v, Result: Str} }
	ns := func(name, goName string) *Entry {
		return &Entry{Name: name, Kind: Value, Go: "py.UUIDNamespace" + goName}
	}
	addModule(&Module{Name: "uuid", Coverage: "`UUID` from hex, int or fields (str, repr, int, hex, version, fields, comparisons), `uuid3`/`uuid5`, `uuid4` (random, leaves `random` alone), the namespaces; not `bytes`, `uuid1`"}, []*Entry{
		{Name: "UUID", Kind: Value, Go: "py.UUIDType"},
		{Name: "uuid4", Go: "py.UUID4", AsValue: true},
		{Name: "uuid3", Go: "py.UUID3", Params: []Param{req("namespace"), req("name")}, AsValue: true},
		{Name: "uuid5", Go: "py.UUID5", Params: []Param{req("namespace"), req("name")}, AsValue: true},
		ns("NAMESPACE_DNS", "DNS"), ns("NAMESPACE_URL", "URL"), ns("NAMESPACE_OID", "OID"), ns("NAMESPACE_X500", "X500"),
		str("RESERVED_NCS", "reserved for NCS compatibility"),
		str("RFC_4122", "specified in RFC 4122"),
		str("RESERVED_MICROSOFT", "reserved for Microsoft compatibility"),
		str("RESERVED_FUTURE", "reserved for future definition"),
	})
	hintNames["uuid"] = words("uuid1 getnode SafeUUID")
}
