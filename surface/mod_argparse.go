package surface

func registerArgparse() {
	addModule(&Module{Name: "argparse", Coverage: "ArgumentParser (prog, usage, description, epilog, add_help, allow_abbrev, exit_on_error), add_argument (positional and optional; type, default, choices, the store/append/count/help/version actions, nargs, required, help, metavar, dest), argument groups, subparsers, parse_args/parse_known_args, Namespace, format_help/print_help/usage and error text as CPython's HelpFormatter lays them out; not custom Action or formatter classes, mutually exclusive groups, parents"}, []*Entry{
		{Name: "ArgumentParser", Go: "py.ArgparseArgumentParser", Params: []Param{opt("prog", nil), opt("usage", nil), opt("description", nil), opt("epilog", nil),
			opt("parents", nil), opt("formatter_class", nil), opt("prefix_chars", "-"), opt("fromfile_prefix_chars", nil), opt("argument_default", nil),
			opt("conflict_handler", "error"), opt("add_help", true), opt("allow_abbrev", true), opt("exit_on_error", true)}},
		{Name: "Namespace", Go: "py.ArgparseNamespace", VarArgs: true, VarKw: true},
		{Name: "SUPPRESS", Kind: Value, Const: "==SUPPRESS==", Result: Str},
		{Name: "OPTIONAL", Kind: Value, Const: "?", Result: Str},
		{Name: "ZERO_OR_MORE", Kind: Value, Const: "*", Result: Str},
		{Name: "ONE_OR_MORE", Kind: Value, Const: "+", Result: Str},
		{Name: "REMAINDER", Kind: Value, Const: "...", Result: Str},
		{Name: "ArgumentError", Kind: Class, Go: "py.ArgumentError"},
		{Name: "ArgumentTypeError", Kind: Class, Go: "py.ArgumentTypeError"},
	})
}
