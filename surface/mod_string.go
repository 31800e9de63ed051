package surface

func registerString() {
	str := func(name, goName string) *Entry {
		return &Entry{Name: name, Kind: Value, Go: "py.String" + goName, Result: Str}
	}
	addModule(&Module{Name: "string", Coverage: "the constants, `capwords`, `Template` (substitute, safe_substitute, get_identifiers, is_valid; not subclassed)"}, []*Entry{
		str("ascii_letters", "AsciiLetters"), str("ascii_lowercase", "AsciiLowercase"),
		str("ascii_uppercase", "AsciiUppercase"), str("digits", "Digits"), str("hexdigits", "Hexdigits"),
		str("octdigits", "Octdigits"), str("punctuation", "Punctuation"), str("printable", "Printable"),
		str("whitespace", "Whitespace"),
		{Name: "capwords", Go: "py.StringCapwords", Params: []Param{req("s"), opt("sep", nil)}, Result: Str, AsValue: true},
		{Name: "Template", Go: "py.StringTemplate", Params: []Param{req("template")}},
	})
}
