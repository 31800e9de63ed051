package surface

func registerInspect() {
	pred := func(name, goName string) *Entry {
		return &Entry{Name: name, Go: "rt.Inspect" + goName, Params: []Param{req("obj")}, Result: Bool}
	}
	addModule(&Module{Name: "inspect", Coverage: "the function and coroutine predicates"}, []*Entry{
		pred("iscoroutinefunction", "IsCoroutineFunction"),
		pred("isasyncgenfunction", "IsAsyncGenFunction"),
		pred("isgeneratorfunction", "IsGeneratorFunction"),
		pred("isfunction", "IsFunction"),
		pred("iscoroutine", "IsCoroutine"),
		pred("isawaitable", "IsAwaitable"),
	})
}
