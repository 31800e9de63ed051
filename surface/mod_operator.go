package surface

func registerOperator() {
	// The operator functions are positional-only; most are rt/py's own
	// operators.
	fn := func(name, goName string, n int, result Type) *Entry {
		ps := []Param{posonly(req("a")), posonly(req("b")), posonly(req("c"))}[:n]
		return &Entry{Name: name, Go: goName, Params: ps, Result: result, AsValue: true}
	}
	void := func(name, goName string, n int) *Entry {
		e := fn(name, goName, n, None)
		e.Void = true
		return e
	}
	es := []*Entry{
		{Name: "itemgetter", Go: "py.OperatorItemgetter", VarArgs: true},
		{Name: "attrgetter", Go: "py.OperatorAttrgetter", VarArgs: true},
		{Name: "methodcaller", Go: "py.OperatorMethodcaller", VarArgs: true, VarKw: true},
		fn("abs", "py.OperatorAbs", 1, Unknown), fn("index", "py.OperatorIndex", 1, Int),
		fn("concat", "py.OperatorConcat", 2, Unknown), fn("is_not", "py.OperatorIsNot", 2, Bool),
		fn("countOf", "py.OperatorCountOf", 2, Int), fn("indexOf", "py.OperatorIndexOf", 2, Int),
		fn("neg", "py.Neg", 1, Unknown), fn("pos", "py.Pos", 1, Unknown),
		fn("invert", "py.Invert", 1, Unknown), fn("inv", "py.Invert", 1, Unknown),
		fn("not_", "py.Not", 1, Bool), fn("truth", "py.Truth", 1, Bool),
		fn("is_", "py.Is", 2, Bool), fn("contains", "py.Contains", 2, Bool),
		fn("getitem", "py.GetItem", 2, Unknown),
		void("setitem", "py.SetItem", 3), void("delitem", "py.DelItem", 2),
	}
	for _, b := range []struct{ name, goName string }{
		{"add", "Add"}, {"sub", "Sub"}, {"mul", "Mul"}, {"truediv", "TrueDiv"}, {"floordiv", "FloorDiv"},
		{"mod", "Mod"}, {"pow", "Pow"}, {"lshift", "LShift"}, {"rshift", "RShift"}, {"and_", "BitAnd"},
		{"or_", "BitOr"}, {"xor", "BitXor"}, {"matmul", "MatMul"},
		{"iadd", "IAdd"}, {"isub", "ISub"}, {"imul", "IMul"}, {"itruediv", "ITrueDiv"}, {"ifloordiv", "IFloorDiv"},
		{"imod", "IMod"}, {"ipow", "IPow"}, {"ilshift", "ILShift"}, {"irshift", "IRShift"}, {"iand", "IBitAnd"},
		{"ior", "IBitOr"}, {"ixor", "IBitXor"}, {"iconcat", "IAdd"},
	} {
		es = append(es, fn(b.name, "py."+b.goName, 2, Unknown))
	}
	for _, b := range []struct{ name, goName string }{
		{"eq", "Eq"}, {"ne", "NotEq"}, {"lt", "Lt"}, {"le", "LtE"}, {"gt", "Gt"}, {"ge", "GtE"},
	} {
		es = append(es, fn(b.name, "py."+b.goName, 2, Bool))
	}
	addModule(&Module{Name: "operator", Coverage: "`itemgetter`, `attrgetter`, `methodcaller`, and the operator functions (also as values)"}, es)
}
