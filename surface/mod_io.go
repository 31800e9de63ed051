package surface

// registerIO is the io module: StringIO (rt/py/mod_io.go), the in-memory
// text stream programs hand to print(file=...) and contextlib's
// redirect_stdout.
func registerIO() {
	addModule(&Module{Name: "io", Coverage: "`StringIO`: write/writelines, getvalue, read/readline/readlines, seek/tell, truncate, iteration, close and the context-manager form; not files, `BytesIO`, newline translation"}, []*Entry{
		{Name: "StringIO", Go: "py.IoStringIO", Params: []Param{opt("initial_value", ""), opt("newline", "\n")}},
	})
	hintNames["io"] = words("BytesIO TextIOWrapper open")
}
