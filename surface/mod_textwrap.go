package surface

func registerTextwrap() {
	// wrap/fill/shorten(text, width, **kwargs): width is positional or a
	// keyword, so the runtime binds it with the TextWrapper options.
	addModule(&Module{Name: "textwrap", Coverage: "`wrap`, `fill`, `shorten` (all TextWrapper options), `dedent`, `indent`, `TextWrapper` (wrap, fill)"}, []*Entry{
		{Name: "wrap", Go: "py.TextwrapWrap", Params: []Param{req("text")}, VarArgs: true, VarKw: true},
		{Name: "fill", Go: "py.TextwrapFill", Params: []Param{req("text")}, VarArgs: true, VarKw: true},
		{Name: "shorten", Go: "py.TextwrapShorten", Params: []Param{req("text")}, VarArgs: true, VarKw: true},
		{Name: "dedent", Go: "py.TextwrapDedent", Params: []Param{req("text")}, Result: Str, AsValue: true},
		{Name: "indent", Go: "py.TextwrapIndent", Params: []Param{req("text"), req("prefix"), opt("predicate", nil)}, Result: Str},
		{Name: "TextWrapper", Go: "py.TextwrapTextWrapper", VarArgs: true, VarKw: true},
	})
}
