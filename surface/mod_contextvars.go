package surface

func registerContextvars() {
	addModule(&Module{Name: "contextvars", Coverage: "`ContextVar` (get with a default, set, reset with a token), `copy_context`, `Context` (run, copy, get, `in`, `[]`); each task runs in a copy of its creator's context, a callback in a copy of its scheduler's, `to_thread` in a copy of the caller's, `call_soon`/`call_later`/`call_at` take `context=`; `create_task`, `loop.create_task` and `TaskGroup.create_task` take `context=`"}, []*Entry{
		{Name: "ContextVar", Go: "rt.NewContextVar", Params: []Param{req("name")}, VarArgs: true, VarKw: true},
		{Name: "copy_context", Go: "rt.ContextvarsCopyContext"},
		{Name: "Context", Go: "rt.NewContext"},
	})
}
