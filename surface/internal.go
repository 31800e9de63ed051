package surface

// MatchModule names the runtime helpers the frontend lowers match
// statements to (ir.LibCall{Module: MatchModule}). It is not a module a
// program can import: LookupModule does not know it, and README does not
// list it.
const MatchModule = "<match>"

func registerInternal() {
	entries[MatchModule] = map[string]*Entry{}
	for _, e := range []*Entry{
		{Name: "sequence", Go: "py.MatchSequence", Params: []Param{req("x"), req("n"), req("star")}},
		{Name: "mapping", Go: "py.MatchMapping", Params: []Param{req("x"), req("keys"), req("rest")}},
		{Name: "class", Go: "py.MatchClass", Params: []Param{req("x"), req("cls"), req("npos"), req("kwnames")}},
	} {
		e.Module = MatchModule
		entries[MatchModule][e.Name] = e
	}
}
