package py

import (
	"math/big"
	"strings"
)

// The operator module: itemgetter, attrgetter and methodcaller objects
// (Modules/_operator.c), and the functions that are not one of rt/py's
// operators already (surface names py.Add, py.Eq, ... for the others).

// Itemgetter is operator.itemgetter(*items).
type Itemgetter struct{ items []any }

// OperatorItemgetter is operator.itemgetter(item, *items).
func OperatorItemgetter(items ...any) *Itemgetter {
	if len(items) == 0 {
		panic(New(TypeError, "itemgetter expected 1 argument, got 0"))
	}
	return &Itemgetter{items: items}
}

func (g *Itemgetter) PyType() string       { return "itemgetter" }
func (g *Itemgetter) PyTypeModule() string { return "operator" }
func (g *Itemgetter) PyRepr() string       { return "operator.itemgetter(" + joinReprs(g.items) + ")" }

func (g *Itemgetter) Call(args []any, kw []KW) any {
	getterArgs("itemgetter", args, kw)
	if len(g.items) == 1 {
		return GetItem(args[0], g.items[0])
	}
	out := make(Tuple, len(g.items))
	for i, it := range g.items {
		out[i] = GetItem(args[0], it)
	}
	return out
}

// getterArgs checks the one positional argument of a getter call.
func getterArgs(name string, args []any, kw []KW) {
	if len(kw) > 0 {
		panic(New(TypeError, name+"() takes no keyword arguments"))
	}
	if len(args) != 1 {
		panic(New(TypeError, name+" expected 1 argument, got "+itoa(len(args))))
	}
}

func joinReprs(xs []any) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = Repr(x)
	}
	return strings.Join(parts, ", ")
}

// Attrgetter is operator.attrgetter(*attrs); dotted names chain.
type Attrgetter struct {
	names []string
	paths [][]string
}

// OperatorAttrgetter is operator.attrgetter(attr, *attrs).
func OperatorAttrgetter(attrs ...any) *Attrgetter {
	if len(attrs) == 0 {
		panic(New(TypeError, "attrgetter expected 1 argument, got 0"))
	}
	g := &Attrgetter{}
	for _, a := range attrs {
		s, ok := a.(string)
		if !ok {
			panic(New(TypeError, "attribute name must be a string"))
		}
		g.names = append(g.names, s)
		g.paths = append(g.paths, strings.Split(s, "."))
	}
	return g
}

func (g *Attrgetter) PyType() string       { return "attrgetter" }
func (g *Attrgetter) PyTypeModule() string { return "operator" }
func (g *Attrgetter) PyRepr() string {
	xs := make([]any, len(g.names))
	for i, n := range g.names {
		xs[i] = n
	}
	return "operator.attrgetter(" + joinReprs(xs) + ")"
}

func (g *Attrgetter) Call(args []any, kw []KW) any {
	getterArgs("attrgetter", args, kw)
	get := func(path []string) any {
		v := args[0]
		for _, p := range path {
			v = GetAttr(v, p)
		}
		return v
	}
	if len(g.paths) == 1 {
		return get(g.paths[0])
	}
	out := make(Tuple, len(g.paths))
	for i, p := range g.paths {
		out[i] = get(p)
	}
	return out
}

// Methodcaller is operator.methodcaller(name, /, *args, **kwargs).
type Methodcaller struct {
	name string
	args []any
	kw   []KW
}

// OperatorMethodcaller is operator.methodcaller(name, /, *args, **kwargs).
func OperatorMethodcaller(args []any, kw []KW) *Methodcaller {
	if len(args) == 0 {
		panic(New(TypeError, "methodcaller needs at least one argument, the method name"))
	}
	name, ok := args[0].(string)
	if !ok {
		panic(New(TypeError, "method name must be a string"))
	}
	return &Methodcaller{name: name, args: append([]any(nil), args[1:]...), kw: append([]KW(nil), kw...)}
}

func (m *Methodcaller) PyType() string       { return "methodcaller" }
func (m *Methodcaller) PyTypeModule() string { return "operator" }
func (m *Methodcaller) PyRepr() string {
	parts := []string{Repr(m.name)}
	for _, a := range m.args {
		parts = append(parts, Repr(a))
	}
	for _, k := range m.kw {
		parts = append(parts, k.Name+"="+Repr(k.Value))
	}
	return "operator.methodcaller(" + strings.Join(parts, ", ") + ")"
}

func (m *Methodcaller) Call(args []any, kw []KW) any {
	getterArgs("methodcaller", args, kw)
	return CallMethod(args[0], m.name, m.args, m.kw)
}

// OperatorAbs is operator.abs(a).
func OperatorAbs(a any) any { return CallBuiltin("abs", []any{a}, nil) }

// OperatorIndex is operator.index(a).
func OperatorIndex(a any) any {
	switch v := a.(type) {
	case int, *big.Int:
		return a
	case bool:
		if v {
			return 1
		}
		return 0
	}
	if _, ok := LookupAttr(a, "__index__"); ok {
		return CallMethod(a, "__index__", nil, nil)
	}
	panic(New(TypeError, "'"+TypeName(a)+"' object cannot be interpreted as an integer"))
}

// OperatorConcat is operator.concat(a, b): + for sequences only.
func OperatorConcat(a, b any) any {
	switch a.(type) {
	case string, *List, Tuple:
		return Add(a, b)
	}
	if _, ok := LookupAttr(a, "__getitem__"); !ok {
		panic(New(TypeError, "'"+TypeName(a)+"' object can't be concatenated"))
	}
	return Add(a, b)
}

// OperatorIsNot is operator.is_not(a, b).
func OperatorIsNot(a, b any) bool { return !Is(a, b) }

// OperatorCountOf is operator.countOf(a, b).
func OperatorCountOf(a, b any) int {
	n := 0
	for x := range Iter(a) {
		if Is(x, b) || Eq(x, b) {
			n++
		}
	}
	return n
}

// OperatorIndexOf is operator.indexOf(a, b).
func OperatorIndexOf(a, b any) int {
	i := 0
	for x := range Iter(a) {
		if Is(x, b) || Eq(x, b) {
			return i
		}
		i++
	}
	panic(New(ValueError, "sequence.index(x): x not in sequence"))
}
