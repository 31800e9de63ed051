package surface

func registerOS() {
	// os.path's functions, as attributes of os ("path.join") and of the
	// module os.path (import os.path as osp; from os.path import join).
	pathEntries := func(prefix string) []*Entry {
		fn := func(name, goName string, res Type) *Entry {
			return &Entry{Name: prefix + name, Go: "py.OsPath" + goName, Params: []Param{req("p")}, Result: res, AsValue: true}
		}
		return []*Entry{
			fn("basename", "Basename", Str),
			fn("dirname", "Dirname", Str),
			fn("splitext", "Splitext", Unknown),
			fn("split", "Split", Unknown),
			fn("exists", "Exists", Bool),
			fn("isfile", "Isfile", Bool),
			fn("isdir", "Isdir", Bool),
			{Name: prefix + "join", Go: "py.OsPathJoin", Params: []Param{req("a")}, VarArgs: true, Result: Str, AsValue: true},
			{Name: prefix + "sep", Kind: Value, Const: "/", Result: Str},
		}
	}
	addModule(&Module{Name: "os", Coverage: "environ (a live mapping), getenv, cpu_count, getpid, sep/name/linesep, and os.path"}, append([]*Entry{
		{Name: "environ", Kind: Value, Go: "py.OsEnviron", GoCall: true},
		{Name: "getenv", Go: "py.OsGetenv", Params: []Param{req("key"), opt("default", nil)}},
		{Name: "cpu_count", Go: "py.OsCpuCount"},
		{Name: "getpid", Go: "py.OsGetpid", Result: Int},
		{Name: "sep", Kind: Value, Const: "/", Result: Str},
		{Name: "linesep", Kind: Value, Const: "\n", Result: Str},
		{Name: "name", Kind: Value, Const: "posix", Result: Str},
		// os.path is reached through its attributes (os.path.join).
		{Name: "path", Kind: Name},
	}, pathEntries("path.")...))
	addModule(&Module{Name: "os.path", Coverage: "basename, dirname, join, split, splitext, exists, isfile, isdir (posixpath)"}, pathEntries(""))
}
