package surface

func registerSmall() {
	heap := func(name, goName string, nparams int, void bool) *Entry {
		ps := []Param{req("heap"), req("item")}[:nparams]
		e := &Entry{Name: name, Go: "py.Heapq" + goName, Params: ps, Void: void}
		if void {
			e.Result = None
		}
		return e
	}
	addModule(&Module{Name: "heapq", Coverage: "the heap functions on lists, and `merge` (lazy, with key and reverse)"}, []*Entry{
		heap("heappush", "Heappush", 2, true),
		heap("heappop", "Heappop", 1, false),
		heap("heapreplace", "Heapreplace", 2, false),
		heap("heappushpop", "Heappushpop", 2, false),
		{Name: "heapify", Go: "py.HeapqHeapify", Params: []Param{req("x")}, Void: true, Result: None},
		{Name: "nlargest", Go: "py.HeapqNlargest", Params: []Param{req("n"), req("iterable"), opt("key", nil)}},
		{Name: "nsmallest", Go: "py.HeapqNsmallest", Params: []Param{req("n"), req("iterable"), opt("key", nil)}},
		{Name: "merge", Go: "py.HeapqMerge", VarArgs: true, VarKw: true},
	})
	bis := func(name, goName string, void bool) *Entry {
		e := &Entry{Name: name, Go: "py.Bisect" + goName, Params: []Param{req("a"), req("x"), opt("lo", 0), opt("hi", nil), kwonly("key", nil)}, Void: void}
		if void {
			e.Result = None
		} else {
			e.Result = Int
		}
		return e
	}
	addModule(&Module{Name: "functools", Coverage: "`partial` (also as a loop or future callback), `partialmethod`, `reduce`, `wraps`, `total_ordering`, `cached_property`, `lru_cache` and `cache` (cache_info, cache_clear), `singledispatch` (register by class or annotation, dispatch over the MRO)"}, []*Entry{
		{Name: "partial", Go: "py.FunctoolsPartial", Params: []Param{posonly(req("func"))}, VarArgs: true, VarKw: true},
		{Name: "partialmethod", Go: "py.FunctoolsPartialmethod", Params: []Param{posonly(req("func"))}, VarArgs: true, VarKw: true},
		{Name: "reduce", Go: "py.FunctoolsReduce", Params: []Param{posonly(req("function")), posonly(req("iterable"))}, VarArgs: true, MaxArgs: 3},
		{Name: "wraps", Go: "py.FunctoolsWraps", Params: []Param{req("wrapped")}},
		{Name: "total_ordering", Go: "py.FunctoolsTotalOrdering", Params: []Param{req("cls")}, AsValue: true},
		{Name: "cached_property", Go: "py.FunctoolsCachedProperty", Params: []Param{req("func")}, AsValue: true},
		// lru_cache(user_function) when maxsize is callable: the bare
		// decorator form.
		{Name: "lru_cache", Go: "py.FunctoolsLruCache", Params: []Param{opt("maxsize", 128), opt("typed", false)}, AsValue: true},
		{Name: "cache", Go: "py.FunctoolsCache", Params: []Param{posonly(req("user_function"))}, AsValue: true},
		{Name: "singledispatch", Go: "py.FunctoolsSingledispatch", Params: []Param{req("func")}, AsValue: true},
	})
	addModule(&Module{Name: "bisect", Coverage: "all of it (with `key`)"}, []*Entry{
		bis("bisect_left", "BisectLeft", false),
		bis("bisect_right", "BisectRight", false),
		bis("bisect", "BisectRight", false),
		bis("insort_left", "InsortLeft", true),
		bis("insort_right", "InsortRight", true),
		bis("insort", "InsortRight", true),
	})
}
