package surface

func registerCollections() {
	addModule(&Module{Name: "collections", Coverage: "`deque` (maxlen, rotate, ...), `Counter` (most_common, update, subtract, elements, total; no arithmetic), `defaultdict`, `OrderedDict` (move_to_end, popitem); not as values"}, []*Entry{
		{Name: "deque", Go: "py.CollectionsDeque", Params: []Param{opt("iterable", nil), opt("maxlen", nil)}},
		{Name: "Counter", Go: "py.CollectionsCounter", Params: []Param{posonly(opt("iterable", nil))}},
		{Name: "defaultdict", Go: "py.CollectionsDefaultdict", Params: []Param{posonly(opt("default_factory", nil)), posonly(opt("iterable", nil))}},
		{Name: "OrderedDict", Go: "py.CollectionsOrderedDict", Params: []Param{posonly(opt("iterable", nil))}},
		{Name: "namedtuple", Go: "py.CollectionsNamedtuple", Params: []Param{req("typename"), req("field_names"), kwonly("rename", false), kwonly("defaults", nil), kwonly("module", nil)}},
	})
	hintNames["collections"] = words("ChainMap UserDict UserList UserString abc")
}
