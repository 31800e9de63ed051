package surface

func registerItertools() {
	it := func(name, goName string, ps ...Param) *Entry {
		return &Entry{Name: name, Go: "py.Itertools" + goName, Params: ps}
	}
	addModule(&Module{Name: "itertools", Coverage: "all of the 3.11 module, lazy; not as values"}, []*Entry{
		it("count", "Count", opt("start", 0), opt("step", 1)),
		it("cycle", "Cycle", posonly(req("iterable"))),
		{Name: "repeat", Go: "py.ItertoolsRepeat", Params: []Param{req("object")}, VarArgs: true, MaxArgs: 2},
		it("accumulate", "Accumulate", req("iterable"), opt("func", nil), kwonly("initial", nil)),
		{Name: "chain", Go: "py.ItertoolsChain", VarArgs: true},
		it("chain.from_iterable", "ChainFromIterable", posonly(req("iterable"))),
		it("compress", "Compress", req("data"), req("selectors")),
		it("dropwhile", "Dropwhile", posonly(req("predicate")), posonly(req("iterable"))),
		it("takewhile", "Takewhile", posonly(req("predicate")), posonly(req("iterable"))),
		it("filterfalse", "Filterfalse", posonly(req("function")), posonly(req("iterable"))),
		it("starmap", "Starmap", posonly(req("function")), posonly(req("iterable"))),
		it("pairwise", "Pairwise", posonly(req("iterable"))),
		{Name: "zip_longest", Go: "py.ItertoolsZipLongest", VarArgs: true, VarKw: true},
		{Name: "islice", Go: "py.ItertoolsIslice", Params: []Param{posonly(req("iterable"))}, VarArgs: true, MaxArgs: 4},
		it("tee", "Tee", posonly(req("iterable")), posonly(opt("n", 2))),
		it("groupby", "Groupby", req("iterable"), opt("key", nil)),
		{Name: "product", Go: "py.ItertoolsProduct", VarArgs: true, VarKw: true},
		it("permutations", "Permutations", req("iterable"), opt("r", nil)),
		it("combinations", "Combinations", req("iterable"), req("r")),
		it("combinations_with_replacement", "CombinationsWithReplacement", req("iterable"), req("r")),
	})
}
