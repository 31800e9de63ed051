package surface

func registerJSON() {
	enc := []Param{kwonly("skipkeys", false), kwonly("ensure_ascii", true), kwonly("check_circular", true),
		kwonly("allow_nan", true), kwonly("indent", nil), kwonly("separators", nil), kwonly("default", nil),
		kwonly("sort_keys", false)}
	dec := []Param{kwonly("object_hook", nil), kwonly("parse_float", nil), kwonly("parse_int", nil),
		kwonly("parse_constant", nil), kwonly("object_pairs_hook", nil), kwonly("strict", nil)}
	addModule(&Module{Name: "json", Coverage: "`dumps`/`dump` (indent, separators, sort_keys, default, ensure_ascii, allow_nan, skipkeys) and `loads`/`load` (the hooks, strict) with CPython's output and `JSONDecodeError` messages; not `cls`, `JSONEncoder`/`JSONDecoder`"}, []*Entry{
		{Name: "dumps", Go: "py.JSONDumps", Params: append([]Param{req("obj")}, enc...), Result: Str, GoResult: "string", AsValue: true},
		{Name: "dump", Go: "py.JSONDump", Params: append([]Param{req("obj"), req("fp")}, enc...), Result: None, Void: true},
		{Name: "loads", Go: "py.JSONLoads", Params: append([]Param{req("s")}, dec...), AsValue: true},
		{Name: "load", Go: "py.JSONLoad", Params: append([]Param{req("fp")}, dec...)},
		{Name: "JSONDecodeError", Kind: Class, Go: "py.JSONDecodeError"},
	})
	hintNames["json"] = words("JSONEncoder JSONDecoder decoder encoder scanner")
}
