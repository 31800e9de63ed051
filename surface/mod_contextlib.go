package surface

func registerContextlib() {
	addModule(&Module{Name: "contextlib", Coverage: "`contextmanager`, `asynccontextmanager`, `suppress`, `closing`, `aclosing`, `nullcontext`, `ExitStack`, `AsyncExitStack` (callbacks, pop_all, exception chaining), `redirect_stdout`/`redirect_stderr` (print and the stream's write go to the target)"}, []*Entry{
		{Name: "contextmanager", Go: "rt.ContextlibContextmanager", Params: []Param{req("func")}, AsValue: true},
		{Name: "asynccontextmanager", Go: "rt.ContextlibAsynccontextmanager", Params: []Param{req("func")}, AsValue: true},
		{Name: "suppress", Go: "rt.ContextlibSuppress", VarArgs: true},
		{Name: "closing", Go: "rt.ContextlibClosing", Params: []Param{req("thing")}},
		{Name: "aclosing", Go: "rt.ContextlibAclosing", Params: []Param{req("thing")}},
		{Name: "nullcontext", Go: "rt.ContextlibNullcontext", Params: []Param{opt("enter_result", nil)}},
		{Name: "redirect_stdout", Go: "rt.ContextlibRedirectStdout", Params: []Param{req("new_target")}},
		{Name: "redirect_stderr", Go: "rt.ContextlibRedirectStderr", Params: []Param{req("new_target")}},
		{Name: "ExitStack", Go: "rt.ContextlibExitStack"},
		{Name: "AsyncExitStack", Go: "rt.ContextlibAsyncExitStack"},
	})
	hintNames["contextlib"] = words("AbstractContextManager AbstractAsyncContextManager ContextDecorator AsyncContextDecorator")
}
