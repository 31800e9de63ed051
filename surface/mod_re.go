package surface

func registerRe() {
	flag := func(name, goName string) *Entry {
		return &Entry{Name: name, Kind: Value, Go: "py.ReFlag" + goName, GoCall: true}
	}
	addModule(&Module{Name: "re", Coverage: "str patterns with Python's semantics (backreferences, lookaround, atomic groups and possessive repeats, conditionals, inline flags, Unicode `\\w`/`\\b` and case folding), Pattern and Match objects and re.error's messages; our own backtracking engine ported from CPython's sre (rt/py/re_*.go), since Go's regexp (RE2) has neither backreferences nor lookaround and differs in Unicode and flag semantics; the flags are `re.RegexFlag` members (an IntFlag: `re.I|re.M` prints `re.IGNORECASE|re.MULTILINE`), no bytes patterns"}, []*Entry{
		{Name: "compile", Go: "py.ReCompile", Params: []Param{req("pattern"), opt("flags", 0)}},
		{Name: "match", Go: "py.ReMatch", Params: []Param{req("pattern"), req("string"), opt("flags", 0)}},
		{Name: "fullmatch", Go: "py.ReFullmatch", Params: []Param{req("pattern"), req("string"), opt("flags", 0)}},
		{Name: "search", Go: "py.ReSearch", Params: []Param{req("pattern"), req("string"), opt("flags", 0)}},
		{Name: "findall", Go: "py.ReFindall", Params: []Param{req("pattern"), req("string"), opt("flags", 0)}},
		{Name: "finditer", Go: "py.ReFinditer", Params: []Param{req("pattern"), req("string"), opt("flags", 0)}},
		{Name: "sub", Go: "py.ReSub", Params: []Param{req("pattern"), req("repl"), req("string"), opt("count", 0), opt("flags", 0)}, Result: Str},
		{Name: "subn", Go: "py.ReSubn", Params: []Param{req("pattern"), req("repl"), req("string"), opt("count", 0), opt("flags", 0)}},
		{Name: "split", Go: "py.ReSplit", Params: []Param{req("pattern"), req("string"), opt("maxsplit", 0), opt("flags", 0)}},
		{Name: "escape", Go: "py.ReEscape", Params: []Param{req("pattern")}, Result: Str},
		{Name: "purge", Go: "py.RePurge", Result: None, Void: true},
		{Name: "error", Kind: Class, Go: "py.ReError"},
		flag("NOFLAG", "NoFlag"), flag("A", "ASCII"), flag("ASCII", "ASCII"), flag("I", "IgnoreCase"), flag("IGNORECASE", "IgnoreCase"),
		flag("L", "Locale"), flag("LOCALE", "Locale"), flag("U", "Unicode"), flag("UNICODE", "Unicode"),
		flag("M", "Multiline"), flag("MULTILINE", "Multiline"), flag("S", "DotAll"), flag("DOTALL", "DotAll"),
		flag("X", "Verbose"), flag("VERBOSE", "Verbose"), flag("T", "Template"), flag("TEMPLATE", "Template"),
		flag("DEBUG", "Debug"),
		{Name: "RegexFlag", Kind: Value, Go: "py.ReRegexFlag", GoCall: true},
	})
	hintNames["re"] = words("Pattern Match")
}
