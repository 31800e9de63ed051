package surface

func registerWarnings() {
	addModule(&Module{Name: "warnings", Coverage: "warn (category, stacklevel), filterwarnings, simplefilter, resetwarnings, catch_warnings (record, action) with CPython's default filters, registry and stderr text"}, []*Entry{
		{Name: "warn", Go: "py.WarningsWarn", Params: []Param{req("message"), opt("category", nil), opt("stacklevel", 1), opt("source", nil)}, Result: None, Void: true},
		{Name: "filterwarnings", Go: "py.WarningsFilterwarnings", Params: []Param{req("action"), opt("message", ""), opt("category", "<Warning>"), opt("module", ""), opt("lineno", 0), opt("append", false)}, Result: None, Void: true},
		{Name: "simplefilter", Go: "py.WarningsSimplefilter", Params: []Param{req("action"), opt("category", "<Warning>"), opt("lineno", 0), opt("append", false)}, Result: None, Void: true},
		{Name: "resetwarnings", Go: "py.WarningsResetwarnings", Result: None, Void: true},
		{Name: "catch_warnings", Go: "py.WarningsCatchWarnings", Params: []Param{kwonly("record", false), kwonly("module", nil), kwonly("action", nil), kwonly("category", "<Warning>"), kwonly("lineno", 0), kwonly("append", false)}},
	})
}
