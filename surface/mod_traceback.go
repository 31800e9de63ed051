package surface

func registerTraceback() {
	// value and tb default to traceback.py's _sentinel ("not given"), so
	// the runtime tells the 3.10 form format_exception(exc) from the
	// classic (type, value, tb).
	sentinel := "<traceback._sentinel>"
	addModule(&Module{Name: "traceback", Coverage: "format_exc, print_exc, format_exception, print_exception, format_exception_only, extract_tb, to any stream, with 3.11's caret lines; not print_stack (the asyncio frames below a coroutine are not modelled)"}, []*Entry{
		{Name: "format_exc", Go: "py.TracebackFormatExc", Params: []Param{opt("limit", nil), opt("chain", true)}, Result: Str, GoResult: "string"},
		{Name: "print_exc", Go: "py.TracebackPrintExc", Params: []Param{opt("limit", nil), opt("file", nil), opt("chain", true)}, Result: None, Void: true},
		{Name: "format_exception", Go: "py.TracebackFormatException", Params: []Param{posonly(req("exc")), opt("value", sentinel), opt("tb", sentinel), opt("limit", nil), opt("chain", true)}, Result: StrList},
		{Name: "print_exception", Go: "py.TracebackPrintException", Params: []Param{posonly(req("exc")), opt("value", sentinel), opt("tb", sentinel), opt("limit", nil), opt("file", nil), opt("chain", true)}, Result: None, Void: true},
		{Name: "format_exception_only", Go: "py.TracebackFormatExceptionOnly", Params: []Param{posonly(req("exc")), opt("value", sentinel)}, Result: StrList},
		{Name: "extract_tb", Go: "py.TracebackExtractTb", Params: []Param{req("tb"), opt("limit", nil)}},
	})
}
