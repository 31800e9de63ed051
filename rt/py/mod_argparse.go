package py

import (
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// argparse, ported from CPython 3.11's argparse.py: the parsing algorithm
// (option tuples, the 'O'/'A' pattern matched against each action's nargs
// pattern, defaults converted after parsing), the messages, and
// HelpFormatter's layout. The parser, its actions and the namespace are Go
// objects whose methods are reached dynamically.

// ArgparseSuppress is argparse.SUPPRESS.
const ArgparseSuppress = "==SUPPRESS=="

const (
	nargsOptional   = "?"
	nargsZeroOrMore = "*"
	nargsOneOrMore  = "+"
	nargsParser     = "A..."
	nargsRemainder  = "..."
)

var (
	// ArgumentError is argparse.ArgumentError.
	ArgumentError = NewClass("ArgumentError", "argparse", Exception_)
	// ArgumentTypeError is argparse.ArgumentTypeError: a type function
	// raises it to give its own message.
	ArgumentTypeError = NewClass("ArgumentTypeError", "argparse", Exception_)
)

// ArgParser is an argparse.ArgumentParser.
type ArgParser struct {
	prog        string
	usage       any
	description any
	epilog      any
	prefixChars string
	addHelp     bool
	allowAbbrev bool
	exitOnError bool
	argDefault  any

	actions    []*argAction
	optStrings map[string]*argAction
	optOrder   []string
	groups     []*argGroup // positionals, options, then added groups
	defaults   *Dict
	subparsers *argGroup
	subAction  *argAction
}

type argGroup struct {
	title, description any
	actions            []*argAction
}

// argAction is an argparse Action.
type argAction struct {
	kind          string // store, store_const, store_true, store_false, append, append_const, count, extend, help, version, parsers
	optionStrings []string
	dest          string
	nargs         any // nil, "?", "*", "+", "A...", "...", or an int
	constV        any
	defaultV      any
	typ           any
	choices       any
	required      bool
	help          any
	metavar       any
	version       any

	// subparsers
	progPrefix    string
	parserNames   []string
	parserMap     map[string]*ArgParser
	choiceActions []*argAction
}

// ArgparseArgumentParser is argparse.ArgumentParser(...).
func ArgparseArgumentParser(prog, usage, description, epilog, parents, formatterClass, prefixChars, fromfilePrefixChars, argumentDefault, conflictHandler, addHelp, allowAbbrev, exitOnError any) *ArgParser {
	if parents != nil && Len(parents) > 0 {
		Unsupported("argparse parents=")
	}
	if formatterClass != nil {
		Unsupported("argparse formatter_class=")
	}
	if fromfilePrefixChars != nil {
		Unsupported("argparse fromfile_prefix_chars=")
	}
	if conflictHandler != "error" {
		Unsupported("argparse conflict_handler=")
	}
	p := &ArgParser{usage: usage, description: description, epilog: epilog,
		prefixChars: Str(prefixChars), addHelp: Truth(addHelp), allowAbbrev: Truth(allowAbbrev),
		exitOnError: Truth(exitOnError), argDefault: argumentDefault,
		optStrings: map[string]*argAction{}, defaults: NewDict()}
	if prog == nil {
		argv0 := Str(SysArgv().Items[0])
		p.prog = argv0[strings.LastIndexByte(argv0, '/')+1:]
	} else {
		p.prog = Str(prog)
	}
	p.groups = []*argGroup{{title: "positional arguments"}, {title: "options"}}
	if p.addHelp {
		prefix := "-"
		if !strings.Contains(p.prefixChars, "-") {
			prefix = p.prefixChars[:1]
		}
		p.addArgument([]any{prefix + "h", prefix + prefix + "help"}, []KW{{"action", "help"}, {"default", ArgparseSuppress},
			{"help", "show this help message and exit"}}, p.groups[1])
	}
	return p
}

func (p *ArgParser) PyRepr() string {
	return "ArgumentParser(prog=" + Repr(p.prog) + ", usage=" + Repr(p.usage) + ", description=" + Repr(p.description) +
		", formatter_class=<class 'argparse.HelpFormatter'>, conflict_handler='error', add_help=" + Repr(p.addHelp) + ")"
}
func (p *ArgParser) PyType() string       { return "ArgumentParser" }
func (p *ArgParser) PyTypeModule() string { return "argparse" }

func (p *ArgParser) PyGetAttr(name string) (any, bool) {
	m := func(fn func(args []any, kw []KW) any) (any, bool) { return NewMethod(name, p, fn), true }
	switch name {
	case "prog":
		return p.prog, true
	case "description":
		return p.description, true
	case "epilog":
		return p.epilog, true
	case "usage":
		return p.usage, true
	case "add_argument":
		return m(func(args []any, kw []KW) any { return p.addArgument(args, kw, nil) })
	case "parse_args":
		return m(func(args []any, kw []KW) any {
			b := bindArgs("parse_args", []string{"args", "namespace"}, args, kw)
			ns, extras := p.parseKnownArgs(b[0], b[1])
			if len(extras) > 0 {
				p.error("unrecognized arguments: " + strings.Join(extras, " "))
			}
			return ns
		})
	case "parse_known_args":
		return m(func(args []any, kw []KW) any {
			b := bindArgs("parse_known_args", []string{"args", "namespace"}, args, kw)
			ns, extras := p.parseKnownArgs(b[0], b[1])
			items := make([]any, len(extras))
			for i, e := range extras {
				items[i] = e
			}
			return Tuple{ns, NewList(items...)}
		})
	case "format_help":
		return m(func(args []any, kw []KW) any { arity("format_help", args, 0, 0); return p.formatHelp() })
	case "format_usage":
		return m(func(args []any, kw []KW) any { arity("format_usage", args, 0, 0); return p.formatUsage() })
	case "print_help", "print_usage":
		return m(func(args []any, kw []KW) any {
			b := bindArgs(name, []string{"file"}, args, kw)
			text := p.formatHelp()
			if name == "print_usage" {
				text = p.formatUsage()
			}
			file := b[0]
			if file == nil {
				file = Stdout
			}
			p.printMessage(text, file)
			return nil
		})
	case "error":
		return m(func(args []any, kw []KW) any {
			b := bindArgs("error", []string{"message"}, args, kw)
			p.error(Str(b[0]))
			return nil
		})
	case "exit":
		return m(func(args []any, kw []KW) any {
			b := bindArgs("exit", []string{"status", "message"}, args, kw, 0, nil)
			p.exit(b[0], b[1])
			return nil
		})
	case "set_defaults":
		return m(func(args []any, kw []KW) any {
			arity("set_defaults", args, 0, 0)
			for _, k := range kw {
				p.defaults.Set(k.Name, k.Value)
				for _, a := range p.actions {
					if a.dest == k.Name {
						a.defaultV = k.Value
					}
				}
			}
			return nil
		})
	case "get_default":
		return m(func(args []any, kw []KW) any {
			b := bindArgs("get_default", []string{"dest"}, args, kw)
			for _, a := range p.actions {
				if a.dest == b[0] && a.defaultV != nil {
					return a.defaultV
				}
			}
			v, _ := p.defaults.Get(b[0])
			return v
		})
	case "add_argument_group":
		return m(func(args []any, kw []KW) any {
			b := bindArgs("add_argument_group", []string{"title", "description"}, args, kw, nil, nil)
			g := &argGroup{title: b[0], description: b[1]}
			p.groups = append(p.groups, g)
			return &ArgGroupObj{p: p, g: g}
		})
	case "add_subparsers":
		return m(func(args []any, kw []KW) any { return p.addSubparsers(args, kw) })
	}
	return nil, false
}

// bindArgs binds a method's arguments by position or keyword; defaults
// are for the trailing names (missing ones are required).
func bindArgs(fn string, names []string, args []any, kw []KW, defaults ...any) []any {
	if len(defaults) == 0 {
		defaults = make([]any, len(names))
		if fn == "error" || fn == "get_default" {
			defaults = nil
		}
	}
	sig := &Signature{Name: fn, QualName: "ArgumentParser." + fn, Params: append([]string{}, names...), Defaults: defaults}
	return sig.Bind(args, kw)
}

// ArgGroupObj is the object add_argument_group returns.
type ArgGroupObj struct {
	p *ArgParser
	g *argGroup
}

func (o *ArgGroupObj) PyRepr() string       { return "<argparse._ArgumentGroup object>" }
func (o *ArgGroupObj) PyType() string       { return "_ArgumentGroup" }
func (o *ArgGroupObj) PyTypeModule() string { return "argparse" }
func (o *ArgGroupObj) PyGetAttr(name string) (any, bool) {
	if name == "add_argument" {
		return NewMethod(name, o, func(args []any, kw []KW) any { return o.p.addArgument(args, kw, o.g) }), true
	}
	return nil, false
}

func (p *ArgParser) addArgument(args []any, kw []KW, group *argGroup) any {
	strs := make([]string, len(args))
	for i, a := range args {
		s, ok := a.(string)
		if !ok {
			panic(New(TypeError, "'"+TypeName(a)+"' object is not subscriptable"))
		}
		strs[i] = s
	}
	a := &argAction{kind: "store"}
	opts := map[string]any{}
	var order []string
	for _, k := range kw {
		opts[k.Name] = k.Value
		order = append(order, k.Name)
	}
	_, hasDefault := opts["default"]
	positional := len(strs) == 0 || len(strs) == 1 && !strings.ContainsRune(p.prefixChars, rune(strs[0][0]))
	if positional {
		if _, ok := opts["dest"]; ok && len(strs) > 0 {
			panic(New(ValueError, "dest supplied twice for positional argument"))
		}
		if len(strs) == 0 {
			panic(New(TypeError, "_get_positional_kwargs() missing 1 required positional argument: 'dest'"))
		}
		if _, ok := opts["required"]; ok {
			panic(New(TypeError, "'required' is an invalid argument for positionals"))
		}
		a.dest = strs[0]
		n := opts["nargs"]
		if n != nargsOptional && n != nargsZeroOrMore {
			a.required = true
		}
		if n == nargsZeroOrMore && !hasDefault {
			a.required = true
		}
	} else {
		var long []string
		for _, s := range strs {
			if !strings.ContainsRune(p.prefixChars, rune(s[0])) {
				panic(New(ValueError, "invalid option string "+Repr(s)+": must start with a character "+Repr(p.prefixChars)))
			}
			if len(s) > 1 && strings.ContainsRune(p.prefixChars, rune(s[1])) {
				long = append(long, s)
			}
		}
		a.optionStrings = strs
		if d, ok := opts["dest"]; ok && d != nil {
			a.dest = Str(d)
		} else {
			src := strs[0]
			if len(long) > 0 {
				src = long[0]
			}
			d := strings.TrimLeft(src, p.prefixChars)
			if d == "" {
				panic(New(ValueError, "dest= is required for options like "+Repr(strs[len(strs)-1])))
			}
			a.dest = strings.ReplaceAll(d, "-", "_")
		}
	}
	delete(opts, "dest")
	if !hasDefault {
		if v, ok := p.defaults.Get(a.dest); ok {
			opts["default"] = v
			order = append(order, "default")
		} else if p.argDefault != nil {
			opts["default"] = p.argDefault
			order = append(order, "default")
		}
	}
	if k, ok := opts["action"]; ok {
		s, isStr := k.(string)
		if !isStr {
			Unsupported("argparse custom Action classes")
		}
		switch s {
		case "store", "store_const", "store_true", "store_false", "append", "append_const", "count", "extend", "help", "version":
			a.kind = s
		default:
			panic(New(ValueError, "unknown action \""+s+"\""))
		}
	}
	// Each Action class's defaults.
	switch a.kind {
	case "store_true":
		a.nargs, a.constV, a.defaultV = 0, true, false
	case "store_false":
		a.nargs, a.constV, a.defaultV = 0, false, true
	case "store_const", "append_const", "count":
		a.nargs = 0
	case "help", "version":
		a.nargs, a.defaultV, a.dest = 0, ArgparseSuppress, ArgparseSuppress
		if a.kind == "version" {
			a.help = "show program's version number and exit"
		}
	}
	if a.kind == "help" && opts["dest"] == nil {
		a.dest = ArgparseSuppress
	}
	allowed := map[string][]string{
		"store":        {"nargs", "const", "default", "type", "choices", "required", "help", "metavar"},
		"append":       {"nargs", "const", "default", "type", "choices", "required", "help", "metavar"},
		"extend":       {"nargs", "const", "default", "type", "choices", "required", "help", "metavar"},
		"store_const":  {"const", "default", "required", "help", "metavar"},
		"append_const": {"const", "default", "required", "help", "metavar"},
		"store_true":   {"default", "required", "help"},
		"store_false":  {"default", "required", "help"},
		"count":        {"default", "required", "help"},
		"help":         {"default", "help"},
		"version":      {"version", "default", "help"},
	}[a.kind]
	for _, name := range order {
		v, ok := opts[name]
		if !ok || name == "action" {
			continue
		}
		if !slices.Contains(allowed, name) && !(positional && name == "required") {
			cls := map[string]string{"store": "_StoreAction", "append": "_AppendAction", "extend": "_ExtendAction",
				"store_const": "_StoreConstAction", "append_const": "_AppendConstAction", "store_true": "_StoreTrueAction",
				"store_false": "_StoreFalseAction", "count": "_CountAction", "help": "_HelpAction", "version": "_VersionAction"}[a.kind]
			panic(New(TypeError, cls+".__init__() got an unexpected keyword argument '"+name+"'"))
		}
		switch name {
		case "nargs":
			a.nargs = v
		case "const":
			a.constV = v
		case "default":
			a.defaultV = v
		case "type":
			a.typ = v
		case "choices":
			a.choices = v
		case "required":
			a.required = Truth(v)
		case "help":
			a.help = v
		case "metavar":
			a.metavar = v
		case "version":
			a.version = v
		}
	}
	switch a.kind {
	case "store", "append", "extend":
		if n, ok := a.nargs.(int); ok && n == 0 {
			panic(New(ValueError, "nargs for store actions must be != 0; if you have nothing to store, actions such as store true or store const may be more appropriate"))
		}
		if a.constV != nil && a.nargs != nargsOptional {
			panic(New(ValueError, "nargs must be '?' to supply const"))
		}
	}
	switch n := a.nargs.(type) {
	case nil, int:
	case string:
		if n != nargsOptional && n != nargsZeroOrMore && n != nargsOneOrMore && n != nargsRemainder && n != nargsParser && n != ArgparseSuppress {
			panic(New(ValueError, "invalid nargs value"))
		}
	default:
		panic(New(ValueError, "invalid nargs value"))
	}
	if a.metavar != nil {
		if t, ok := a.metavar.(Tuple); ok {
			want := 1
			switch n := a.nargs.(type) {
			case int:
				want = n
			case string:
				if n == nargsOneOrMore || n == nargsZeroOrMore {
					want = len(t)
					if n == nargsOneOrMore && len(t) != 2 || n == nargsZeroOrMore && len(t) > 2 {
						panic(New(ValueError, "length of metavar tuple does not match nargs"))
					}
				}
			}
			if len(t) != want {
				panic(New(ValueError, "length of metavar tuple does not match nargs"))
			}
		}
	}
	if a.typ != nil && !Truth(CallBuiltin("callable", []any{a.typ}, nil)) {
		panic(New(ValueError, Repr(a.typ)+" is not callable"))
	}
	// _add_action: conflicts are errors.
	for _, s := range a.optionStrings {
		if _, dup := p.optStrings[s]; dup {
			var conflicts []string
			for _, s2 := range a.optionStrings {
				if _, d := p.optStrings[s2]; d {
					conflicts = append(conflicts, s2)
				}
			}
			panic(New(ArgumentError, "argument "+strings.Join(a.optionStrings, "/")+": conflicting option string"+plural(len(conflicts))+": "+strings.Join(conflicts, ", ")))
		}
	}
	p.actions = append(p.actions, a)
	for _, s := range a.optionStrings {
		p.optStrings[s] = a
		p.optOrder = append(p.optOrder, s)
	}
	if group == nil {
		group = p.groups[0]
		if len(a.optionStrings) > 0 {
			group = p.groups[1]
		}
	}
	group.actions = append(group.actions, a)
	return &ActionObj{a: a}
}

// ActionObj is the Action object add_argument and add_subparsers return.
type ActionObj struct {
	a *argAction
}

func (o *ActionObj) PyRepr() string {
	a := o.a
	cls := map[string]string{"store": "_StoreAction", "append": "_AppendAction", "extend": "_ExtendAction",
		"store_const": "_StoreConstAction", "append_const": "_AppendConstAction", "store_true": "_StoreTrueAction",
		"store_false": "_StoreFalseAction", "count": "_CountAction", "help": "_HelpAction", "version": "_VersionAction",
		"parsers": "_SubParsersAction"}[a.kind]
	opts := make([]any, len(a.optionStrings))
	for i, s := range a.optionStrings {
		opts[i] = s
	}
	return cls + "(option_strings=" + Repr(NewList(opts...)) + ", dest=" + Repr(a.dest) + ", nargs=" + Repr(a.nargs) +
		", const=" + Repr(a.constV) + ", default=" + Repr(a.defaultV) + ", type=" + Repr(a.typ) + ", choices=" + Repr(a.choices) +
		", required=" + Repr(a.required) + ", help=" + Repr(a.help) + ", metavar=" + Repr(a.metavar) + ")"
}
func (o *ActionObj) PyType() string       { return "Action" }
func (o *ActionObj) PyTypeModule() string { return "argparse" }
func (o *ActionObj) PyGetAttr(name string) (any, bool) {
	a := o.a
	switch name {
	case "dest":
		return a.dest, true
	case "default":
		return a.defaultV, true
	case "required":
		return a.required, true
	case "help":
		return a.help, true
	case "add_parser":
		if a.kind == "parsers" {
			return NewMethod(name, o, func(args []any, kw []KW) any { return o.addParser(args, kw) }), true
		}
	}
	return nil, false
}

func (o *ActionObj) PySetAttr(name string, v any) bool {
	switch name {
	case "required":
		o.a.required = Truth(v)
	case "default":
		o.a.defaultV = v
	case "help":
		o.a.help = v
	case "metavar":
		o.a.metavar = v
	default:
		Unsupported("setting argparse Action." + name)
	}
	return true
}

func (p *ArgParser) addSubparsers(args []any, kw []KW) any {
	arity("add_subparsers", args, 0, 0)
	if p.subAction != nil {
		p.error("cannot have multiple subparser arguments")
	}
	a := &argAction{kind: "parsers", dest: ArgparseSuppress, nargs: nargsParser, parserMap: map[string]*ArgParser{}}
	var title, description any
	hasTitle := false
	var prog any
	for _, k := range kw {
		switch k.Name {
		case "title":
			title, hasTitle = k.Value, true
		case "description":
			description, hasTitle = k.Value, true
		case "dest":
			a.dest = Str(k.Value)
		case "required":
			a.required = Truth(k.Value)
		case "help":
			a.help = k.Value
		case "metavar":
			a.metavar = k.Value
		case "prog":
			prog = k.Value
		default:
			Unsupported("argparse add_subparsers(" + k.Name + "=)")
		}
	}
	if hasTitle {
		if title == nil {
			title = "subcommands"
		}
		p.subparsers = &argGroup{title: title, description: description}
		p.groups = append(p.groups, p.subparsers)
	} else {
		p.subparsers = p.groups[0]
	}
	if prog == nil {
		f := newHelpFormatter(p.prog)
		var positionals []*argAction
		for _, x := range p.actions {
			if len(x.optionStrings) == 0 {
				positionals = append(positionals, x)
			}
		}
		prefix := ""
		f.addUsage(p.usage, positionals, &prefix)
		a.progPrefix = strings.TrimSpace(f.formatHelp())
	} else {
		a.progPrefix = Str(prog)
	}
	a.choices = &parserChoices{a}
	p.actions = append(p.actions, a)
	p.subparsers.actions = append(p.subparsers.actions, a)
	p.subAction = a
	return &ActionObj{a: a}
}

// parserChoices is a subparsers action's choices (its name -> parser map),
// for `in` checks and the {a,b} metavar.
type parserChoices struct{ a *argAction }

func (c *parserChoices) PyRepr() string { return "{...}" }

func (c *parserChoices) PyContains(x any) bool {
	s, ok := x.(string)
	return ok && c.a.parserMap[s] != nil
}

func (o *ActionObj) addParser(args []any, kw []KW) any {
	a := o.a
	arity("add_parser", args, 1, 1)
	name := Str(args[0])
	var aliases []string
	var rest []KW
	var help any
	hasHelp, hasProg := false, false
	for _, k := range kw {
		switch k.Name {
		case "aliases":
			for v := range Iter(k.Value) {
				aliases = append(aliases, Str(v))
			}
		case "help":
			help, hasHelp = k.Value, true
		case "prog":
			hasProg = k.Value != nil
			rest = append(rest, k)
		default:
			rest = append(rest, k)
		}
	}
	if !hasProg {
		rest = append(rest, KW{"prog", a.progPrefix + " " + name})
	}
	if a.parserMap[name] != nil {
		panic(New(ArgumentError, "argument "+argActionName(a)+": conflicting subparser: "+name))
	}
	if hasHelp {
		metavar := name
		if len(aliases) > 0 {
			metavar += " (" + strings.Join(aliases, ", ") + ")"
		}
		a.choiceActions = append(a.choiceActions, &argAction{kind: "store", dest: name, help: help, metavar: metavar})
	}
	sig := &Signature{Name: "ArgumentParser", QualName: "ArgumentParser.__init__",
		Params:   []string{"prog", "usage", "description", "epilog", "parents", "formatter_class", "prefix_chars", "fromfile_prefix_chars", "argument_default", "conflict_handler", "add_help", "allow_abbrev", "exit_on_error"},
		Defaults: []any{nil, nil, nil, nil, nil, nil, "-", nil, nil, "error", true, true, true}}
	b := sig.Bind(nil, rest)
	sub := ArgparseArgumentParser(b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12])
	a.parserMap[name] = sub
	a.parserNames = append(a.parserNames, name)
	for _, al := range aliases {
		a.parserMap[al] = sub
		a.parserNames = append(a.parserNames, al)
	}
	return sub
}

// Namespace is argparse.Namespace: attributes in assignment order.
type Namespace struct {
	names  []string
	values map[string]any
}

// ArgparseNamespace is argparse.Namespace(**kwargs).
func ArgparseNamespace(args []any, kw []KW) *Namespace {
	arity("Namespace", args, 0, 0)
	ns := &Namespace{values: map[string]any{}}
	for _, k := range kw {
		ns.set(k.Name, k.Value)
	}
	return ns
}

func (ns *Namespace) set(name string, v any) {
	if _, ok := ns.values[name]; !ok {
		ns.names = append(ns.names, name)
	}
	ns.values[name] = v
}

func (ns *Namespace) has(name string) bool {
	_, ok := ns.values[name]
	return ok
}

var identRe = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

func (ns *Namespace) PyRepr() string {
	names := ns.names
	var parts []string
	var star []string
	for _, n := range names {
		if identRe.MatchString(n) {
			parts = append(parts, n+"="+Repr(ns.values[n]))
		} else {
			star = append(star, Repr(n)+": "+Repr(ns.values[n]))
		}
	}
	if len(star) > 0 {
		parts = append(parts, "**{"+strings.Join(star, ", ")+"}")
	}
	return "Namespace(" + strings.Join(parts, ", ") + ")"
}
func (ns *Namespace) PyType() string       { return "Namespace" }
func (ns *Namespace) PyTypeModule() string { return "argparse" }
func (ns *Namespace) PyGetAttr(name string) (any, bool) {
	if name == "__dict__" {
		return ns.dict(), true
	}
	v, ok := ns.values[name]
	return v, ok
}
func (ns *Namespace) PySetAttr(name string, v any) bool { ns.set(name, v); return true }
func (ns *Namespace) PyContains(key any) bool {
	s, ok := key.(string)
	return ok && ns.has(s)
}
func (ns *Namespace) PyEq(other any) (bool, bool) {
	o, ok := other.(*Namespace)
	if !ok {
		return false, false
	}
	return Eq(ns.dict(), o.dict()), true
}

func (ns *Namespace) dict() *Dict {
	d := NewDict()
	for _, n := range ns.names {
		d.Set(n, ns.values[n])
	}
	return d
}

// argError is an ArgumentError for action: "argument NAME: message".
func argError(a *argAction, msg string) *Exception {
	if name := argActionName(a); name != "" {
		msg = "argument " + name + ": " + msg
	}
	e := New(ArgumentError, msg)
	return e
}

func argActionName(a *argAction) string {
	switch {
	case a == nil:
		return ""
	case len(a.optionStrings) > 0:
		return strings.Join(a.optionStrings, "/")
	case a.metavar != nil && a.metavar != ArgparseSuppress:
		return Str(a.metavar)
	case a.dest != ArgparseSuppress:
		return a.dest
	case a.kind == "parsers" && len(a.parserNames) > 0:
		return "{" + strings.Join(a.parserNames, ",") + "}"
	}
	return ""
}

func (p *ArgParser) printMessage(msg string, file any) {
	if msg != "" {
		writeLines(file, []string{msg})
	}
}

func (p *ArgParser) exit(status, message any) {
	if message != nil && Truth(message) {
		p.printMessage(Str(message), Stderr)
	}
	SysExit(status)
}

func (p *ArgParser) error(msg string) {
	p.printMessage(p.formatUsage(), Stderr)
	p.exit(2, p.prog+": error: "+msg+"\n")
}

type optTuple struct {
	action      *argAction
	optString   string
	explicitArg *string
}

func (p *ArgParser) parseKnownArgs(args, namespace any) (any, []string) {
	var argStrings []string
	if args == nil {
		for _, a := range SysArgv().Items[1:] {
			argStrings = append(argStrings, Str(a))
		}
	} else {
		for a := range Iter(args) {
			s, ok := a.(string)
			if !ok {
				Unsupported("argparse arguments that are not str")
			}
			argStrings = append(argStrings, s)
		}
	}
	var ns *Namespace
	var nsObj any
	if namespace == nil {
		ns = &Namespace{values: map[string]any{}}
		nsObj = ns
	} else {
		n, ok := namespace.(*Namespace)
		if !ok {
			Unsupported("argparse parse_args(namespace=) with a non-Namespace object")
		}
		ns, nsObj = n, n
	}
	for _, a := range p.actions {
		if a.dest != ArgparseSuppress && !ns.has(a.dest) && a.defaultV != ArgparseSuppress {
			ns.set(a.dest, a.defaultV)
		}
	}
	for k, v := range p.defaults.All() {
		if !ns.has(Str(k)) {
			ns.set(Str(k), v)
		}
	}
	var extras []string
	if p.exitOnError {
		if exc := Try(func() { extras = p.parseKnown(argStrings, ns) }); exc != nil {
			if !exc.Is(ArgumentError) {
				panic(exc)
			}
			p.error(ExcStr(exc))
		}
	} else {
		extras = p.parseKnown(argStrings, ns)
	}
	if v, ok := ns.values["_unrecognized_args"]; ok {
		for s := range Iter(v) {
			extras = append(extras, Str(s))
		}
		delete(ns.values, "_unrecognized_args")
		ns.names = slices.DeleteFunc(ns.names, func(s string) bool { return s == "_unrecognized_args" })
	}
	return nsObj, extras
}

var negativeNumber = regexp.MustCompile(`^-\d+$|^-\d*\.\d+$`)

func (p *ArgParser) isPrefix(c byte) bool { return strings.IndexByte(p.prefixChars, c) >= 0 }

func (p *ArgParser) parseOptional(arg string) *optTuple {
	if arg == "" || !p.isPrefix(arg[0]) {
		return nil
	}
	if a, ok := p.optStrings[arg]; ok {
		return &optTuple{a, arg, nil}
	}
	if len(arg) == 1 {
		return nil
	}
	if opt, explicit, ok := strings.Cut(arg, "="); ok {
		if a, ok := p.optStrings[opt]; ok {
			return &optTuple{a, opt, &explicit}
		}
	}
	tuples := p.optionTuples(arg)
	if len(tuples) > 1 {
		var names []string
		for _, t := range tuples {
			names = append(names, t.optString)
		}
		p.error("ambiguous option: " + arg + " could match " + strings.Join(names, ", "))
	} else if len(tuples) == 1 {
		return tuples[0]
	}
	if negativeNumber.MatchString(arg) {
		hasNeg := false
		for _, s := range p.optOrder {
			if negativeNumber.MatchString(s) {
				hasNeg = true
			}
		}
		if !hasNeg {
			return nil
		}
	}
	if strings.Contains(arg, " ") {
		return nil
	}
	return &optTuple{nil, arg, nil}
}

func (p *ArgParser) optionTuples(opt string) []*optTuple {
	var result []*optTuple
	switch {
	case p.isPrefix(opt[0]) && p.isPrefix(opt[1]):
		if p.allowAbbrev {
			prefix, explicit, has := strings.Cut(opt, "=")
			var ex *string
			if has {
				ex = &explicit
			}
			for _, s := range p.optOrder {
				if strings.HasPrefix(s, prefix) {
					result = append(result, &optTuple{p.optStrings[s], s, ex})
				}
			}
		}
	case p.isPrefix(opt[0]):
		short, shortExplicit := opt[:2], opt[2:]
		for _, s := range p.optOrder {
			if s == short {
				se := shortExplicit
				result = append(result, &optTuple{p.optStrings[s], s, &se})
			} else if strings.HasPrefix(s, opt) {
				result = append(result, &optTuple{p.optStrings[s], s, nil})
			}
		}
	default:
		p.error("unexpected option string: " + opt)
	}
	return result
}

func nargsPattern(a *argAction) string {
	var pat string
	switch n := a.nargs.(type) {
	case nil:
		pat = "(-*A-*)"
	case int:
		pat = "(-*" + strings.Repeat("A-*", n)
		pat = strings.TrimSuffix(pat, "-*") + "-*)"
		if n == 0 {
			pat = "(-*-*)"
		}
	case string:
		switch n {
		case nargsOptional:
			pat = "(-*A?-*)"
		case nargsZeroOrMore:
			pat = "(-*[A-]*)"
		case nargsOneOrMore:
			pat = "(-*A[A-]*)"
		case nargsRemainder:
			pat = "([-AO]*)"
		case nargsParser:
			pat = "(-*A[-AO]*)"
		case ArgparseSuppress:
			pat = "(-*-*)"
		}
	}
	if len(a.optionStrings) > 0 {
		pat = strings.ReplaceAll(pat, "-*", "")
		pat = strings.ReplaceAll(pat, "-", "")
	}
	return pat
}

// matchPrefix is re.match(pattern, s): the groups' lengths, or nil.
func matchPrefix(pattern, s string) []int {
	m := regexp.MustCompile("^(?:" + pattern + ")").FindStringSubmatchIndex(s)
	if m == nil {
		return nil
	}
	var out []int
	for i := 2; i < len(m); i += 2 {
		out = append(out, m[i+1]-m[i])
	}
	return out
}

func (p *ArgParser) matchArgument(a *argAction, pattern string) int {
	m := matchPrefix(nargsPattern(a), pattern)
	if m == nil {
		var msg string
		switch n := a.nargs.(type) {
		case nil:
			msg = "expected one argument"
		case int:
			msg = "expected " + strconv.Itoa(n) + " argument" + plural(n)
		case string:
			switch n {
			case nargsOptional:
				msg = "expected at most one argument"
			case nargsOneOrMore:
				msg = "expected at least one argument"
			default:
				msg = "expected " + n + " arguments"
			}
		}
		panic(argError(a, msg))
	}
	return m[0]
}

// parseKnown is _parse_known_args.
func (p *ArgParser) parseKnown(argStrings []string, ns *Namespace) []string {
	indices := map[int]*optTuple{}
	var pat strings.Builder
	for i := 0; i < len(argStrings); i++ {
		if argStrings[i] == "--" {
			pat.WriteByte('-')
			for i++; i < len(argStrings); i++ {
				pat.WriteByte('A')
			}
			break
		}
		if t := p.parseOptional(argStrings[i]); t != nil {
			indices[i] = t
			pat.WriteByte('O')
		} else {
			pat.WriteByte('A')
		}
	}
	pattern := pat.String()
	seen := map[*argAction]bool{}
	var extras []string
	takeAction := func(a *argAction, args []string, optString string) {
		seen[a] = true
		values := p.getValues(a, args)
		if values != ArgparseSuppress {
			p.callAction(a, ns, values, optString)
		}
	}
	consumeOptional := func(start int) int {
		t := indices[start]
		a, optString, explicit := t.action, t.optString, t.explicitArg
		type tup struct {
			a    *argAction
			args []string
			opt  string
		}
		var tuples []tup
		var stop int
		for {
			if a == nil {
				extras = append(extras, argStrings[start])
				return start + 1
			}
			if explicit != nil {
				count := p.matchArgument(a, "A")
				if count == 0 && !p.isPrefix(optString[1]) && *explicit != "" {
					tuples = append(tuples, tup{a, nil, optString})
					optString = optString[:1] + (*explicit)[:1]
					rest := (*explicit)[1:]
					if next, ok := p.optStrings[optString]; ok {
						a = next
						if rest == "" {
							explicit = nil
						} else {
							explicit = &rest
						}
					} else {
						panic(argError(a, "ignored explicit argument "+Repr(*explicit)))
					}
				} else if count == 1 {
					stop = start + 1
					tuples = append(tuples, tup{a, []string{*explicit}, optString})
					break
				} else {
					panic(argError(a, "ignored explicit argument "+Repr(*explicit)))
				}
			} else {
				s := start + 1
				count := p.matchArgument(a, pattern[s:])
				stop = s + count
				tuples = append(tuples, tup{a, argStrings[s:stop], optString})
				break
			}
		}
		for _, t := range tuples {
			takeAction(t.a, t.args, t.opt)
		}
		return stop
	}
	var positionals []*argAction
	for _, a := range p.actions {
		if len(a.optionStrings) == 0 {
			positionals = append(positionals, a)
		}
	}
	consumePositionals := func(start int) int {
		selected := pattern[start:]
		var counts []int
		for i := len(positionals); i > 0; i-- {
			var b strings.Builder
			for _, a := range positionals[:i] {
				b.WriteString(nargsPattern(a))
			}
			if m := matchPrefix(b.String(), selected); m != nil {
				counts = m
				break
			}
		}
		for i, n := range counts {
			takeAction(positionals[i], argStrings[start:start+n], "")
			start += n
		}
		positionals = positionals[len(counts):]
		return start
	}
	start := 0
	maxIndex := -1
	for i := range indices {
		maxIndex = max(maxIndex, i)
	}
	for start <= maxIndex {
		next := -1
		for i := range indices {
			if i >= start && (next < 0 || i < next) {
				next = i
			}
		}
		if start != next {
			end := consumePositionals(start)
			if end > start {
				start = end
				continue
			}
			start = end
		}
		if _, ok := indices[start]; !ok {
			extras = append(extras, argStrings[start:next]...)
			start = next
		}
		start = consumeOptional(start)
	}
	stop := consumePositionals(start)
	extras = append(extras, argStrings[stop:]...)
	var required []string
	for _, a := range p.actions {
		if seen[a] {
			continue
		}
		if a.required {
			required = append(required, argActionName(a))
		} else if s, ok := a.defaultV.(string); ok && ns.has(a.dest) {
			if cur, isStr := ns.values[a.dest].(string); isStr && cur == s {
				ns.set(a.dest, p.getValue(a, s))
			}
		}
	}
	if len(required) > 0 {
		p.error("the following arguments are required: " + strings.Join(required, ", "))
	}
	return extras
}

func (p *ArgParser) getValues(a *argAction, args []string) any {
	if a.nargs != nargsParser && a.nargs != nargsRemainder {
		if i := slices.Index(args, "--"); i >= 0 {
			args = slices.Delete(slices.Clone(args), i, i+1)
		}
	}
	strs := func() []any {
		out := make([]any, len(args))
		for i, s := range args {
			out[i] = p.getValue(a, s)
		}
		return out
	}
	switch {
	case len(args) == 0 && a.nargs == nargsOptional:
		v := a.defaultV
		if len(a.optionStrings) > 0 {
			v = a.constV
		}
		if s, ok := v.(string); ok {
			v = p.getValue(a, s)
			p.checkValue(a, v)
		}
		return v
	case len(args) == 0 && a.nargs == nargsZeroOrMore && len(a.optionStrings) == 0:
		var v any = NewList()
		if a.defaultV != nil {
			v = a.defaultV
		}
		p.checkValue(a, v)
		return v
	case len(args) == 1 && (a.nargs == nil || a.nargs == nargsOptional):
		v := p.getValue(a, args[0])
		p.checkValue(a, v)
		return v
	case a.nargs == nargsRemainder:
		return NewList(strs()...)
	case a.nargs == nargsParser:
		vs := strs()
		p.checkValue(a, vs[0])
		return NewList(vs...)
	case a.nargs == ArgparseSuppress:
		return ArgparseSuppress
	}
	vs := strs()
	for _, v := range vs {
		p.checkValue(a, v)
	}
	return NewList(vs...)
}

func (p *ArgParser) getValue(a *argAction, s string) any {
	if a.typ == nil {
		return s
	}
	var result any
	exc := Try(func() { result = Call(a.typ, []any{s}, nil) })
	if exc == nil {
		return result
	}
	switch {
	case exc.Is(ArgumentTypeError):
		panic(argError(a, ExcStr(exc)))
	case exc.Is(TypeError), exc.Is(ValueError):
		var name string
		if n := Try(func() { name = Str(GetAttr(a.typ, "__name__")) }); n != nil {
			name = Repr(a.typ)
		}
		panic(argError(a, "invalid "+name+" value: "+Repr(s)))
	}
	panic(exc)
}

func (p *ArgParser) checkValue(a *argAction, v any) {
	if a.choices == nil || Contains(a.choices, v) {
		return
	}
	var reprs []string
	if pc, ok := a.choices.(*parserChoices); ok {
		for _, n := range pc.a.parserNames {
			reprs = append(reprs, Repr(n))
		}
	} else {
		for c := range Iter(a.choices) {
			reprs = append(reprs, Repr(c))
		}
	}
	panic(argError(a, "invalid choice: "+Repr(v)+" (choose from "+strings.Join(reprs, ", ")+")"))
}

func (p *ArgParser) callAction(a *argAction, ns *Namespace, values any, optString string) {
	switch a.kind {
	case "store":
		ns.set(a.dest, values)
	case "store_const", "store_true", "store_false":
		ns.set(a.dest, a.constV)
	case "append", "append_const", "extend":
		cur, _ := ns.values[a.dest]
		var items []any
		if cur != nil {
			for v := range Iter(cur) {
				items = append(items, v)
			}
		}
		switch a.kind {
		case "append":
			items = append(items, values)
		case "append_const":
			items = append(items, a.constV)
		default:
			for v := range Iter(values) {
				items = append(items, v)
			}
		}
		ns.set(a.dest, NewList(items...))
	case "count":
		cur := ns.values[a.dest]
		if cur == nil {
			cur = 0
		}
		ns.set(a.dest, Add(cur, 1))
	case "help":
		p.printMessage(p.formatHelp(), Stdout)
		p.exit(0, nil)
	case "version":
		f := newHelpFormatter(p.prog)
		text := f.fillText(strings.ReplaceAll(Str(a.version), "%(prog)s", p.prog), f.width, "")
		p.printMessage(text+"\n", Stdout)
		p.exit(0, nil)
	case "parsers":
		items := values.(*List).Items
		name := Str(items[0])
		if a.dest != ArgparseSuppress {
			ns.set(a.dest, name)
		}
		sub := a.parserMap[name]
		if sub == nil {
			panic(argError(a, "unknown parser "+Repr(name)+" (choices: "+strings.Join(a.parserNames, ", ")+")"))
		}
		rest := append([]any(nil), items[1:]...)
		subNs, extras := sub.parseKnownArgs(NewList(rest...), nil)
		sn := subNs.(*Namespace)
		for _, k := range sn.names {
			ns.set(k, sn.values[k])
		}
		if len(extras) > 0 {
			cur, ok := ns.values["_unrecognized_args"].(*List)
			if !ok {
				cur = NewList()
				ns.set("_unrecognized_args", cur)
			}
			for _, e := range extras {
				cur.Items = append(cur.Items, e)
			}
		}
	}
}

func (p *ArgParser) formatUsage() string {
	f := newHelpFormatter(p.prog)
	f.addUsage(p.usage, p.actions, nil)
	return f.formatHelp()
}

func (p *ArgParser) formatHelp() string {
	f := newHelpFormatter(p.prog)
	f.addUsage(p.usage, p.actions, nil)
	f.addText(p.description)
	for _, g := range p.groups {
		f.startSection(g.title)
		f.addText(g.description)
		for _, a := range g.actions {
			f.addArgument(a)
		}
		f.endSection()
	}
	f.addText(p.epilog)
	return f.formatHelp()
}

// terminalColumns is shutil.get_terminal_size().columns: $COLUMNS, else
// the terminal's width, else 80.
func terminalColumns() int {
	if n, err := strconv.Atoi(os.Getenv("COLUMNS")); err == nil && n > 0 {
		return n
	}
	if w := ttyColumns(); w > 0 {
		return w
	}
	return 80
}
