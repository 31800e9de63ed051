package surface

func registerCollections() {
	addModule(&Module{Name: "collections", Coverage: "`deque` (maxlen, rotate, ...), `Counter` (most_common, update, subtract, elements, total, the multiset operators `+ - & |` and unary `+ -`), `defaultdict`, `OrderedDict` (move_to_end, popitem), `ChainMap` (maps, new_child, parents); not as values"}, []*Entry{
		{Name: "deque", Go: "py.CollectionsDeque", Params: []Param{opt("iterable", nil), opt("maxlen", nil)}},
		// Counter(iterable=None, /, **kwds).
		{Name: "Counter", Go: "py.CollectionsCounterKw", VarArgs: true, VarKw: true},
		{Name: "defaultdict", Go: "py.CollectionsDefaultdict", Params: []Param{posonly(opt("default_factory", nil)), posonly(opt("iterable", nil))}},
		{Name: "OrderedDict", Go: "py.CollectionsOrderedDict", Params: []Param{posonly(opt("iterable", nil))}},
		{Name: "ChainMap", Go: "py.CollectionsChainMap", VarArgs: true},
		{Name: "namedtuple", Go: "py.CollectionsNamedtuple", Params: []Param{req("typename"), req("field_names"), kwonly("rename", false), kwonly("defaults", nil), kwonly("module", nil)}},
	})
	hintNames["collections"] = words("UserDict UserList UserString abc")
}
