package py

import (
	"strings"
)

// Named tuples: typing.NamedTuple classes (class P(NamedTuple): x: int),
// its functional form, and collections.namedtuple. A named tuple class
// derives from tuple (its MRO is P, tuple, object); an instance is an
// *Instance whose base is the Tuple of its items, so indexing, unpacking,
// comparison and hashing are the tuple's (class_valuebase.go). The field
// names are class attributes holding a *TupleGetter, as CPython's
// _tuplegetter descriptors.

// NamedTupleType is typing.NamedTuple: a base class in a class statement,
// or called as NamedTuple('P', [('x', int), ...]).
var NamedTupleType = &Class{Name: "NamedTuple", Module: "typing", Base: ObjectType}

type ntInfo struct {
	cls      *Class // the class namedtuple built (subclasses share its info)
	fields   []string
	defaults []any // for the trailing len(defaults) fields
	sig      *Signature
}

// TupleGetter is a named tuple's field accessor (p.x is p[i]).
type TupleGetter struct{ index int }

// PyRepr is _tuplegetter(0, 'Alias for field number 0').
func (g *TupleGetter) PyRepr() string {
	return "_tuplegetter(" + itoa(g.index) + ", 'Alias for field number " + itoa(g.index) + "')"
}

// PyType names the type in error messages.
func (g *TupleGetter) PyType() string { return "_tuplegetter" }

// CollectionsNamedtuple is collections.namedtuple(typename, field_names,
// *, rename=False, defaults=None, module=None).
func CollectionsNamedtuple(typename, fieldNames, rename, defaults, module any) any {
	var names []string
	if s, ok := fieldNames.(string); ok {
		names = strings.Fields(strings.ReplaceAll(s, ",", " "))
	} else {
		for v := range Iter(fieldNames) {
			s, ok := v.(string)
			if !ok {
				panic(New(TypeError, "Type names and field names must be strings"))
			}
			names = append(names, s)
		}
	}
	name, ok := typename.(string)
	if !ok {
		panic(New(TypeError, "Type names and field names must be strings"))
	}
	if Truth(rename) {
		seen := map[string]bool{}
		for i, n := range names {
			if !isIdentifier(n) || isKeyword(n) || strings.HasPrefix(n, "_") || seen[n] {
				names[i] = "_" + itoa(i)
			}
			seen[n] = true
		}
	}
	for _, n := range append([]string{name}, names...) {
		if !isIdentifier(n) {
			panic(New(ValueError, "Type names and field names must be valid identifiers: "+StrRepr(n)))
		}
		if isKeyword(n) {
			panic(New(ValueError, "Type names and field names cannot be a keyword: "+StrRepr(n)))
		}
	}
	seen := map[string]bool{}
	for _, n := range names {
		if strings.HasPrefix(n, "_") && !Truth(rename) {
			panic(New(ValueError, "Field names cannot start with an underscore: "+StrRepr(n)))
		}
		if seen[n] {
			panic(New(ValueError, "Encountered duplicate field name: "+StrRepr(n)))
		}
		seen[n] = true
	}
	var defs []any
	if defaults != nil {
		defs = toSliceIter(defaults)
		if len(defs) > len(names) {
			panic(New(TypeError, "Got more default values than field names"))
		}
	}
	mod := "__main__"
	if m, ok := module.(string); ok {
		mod = m
	}
	return makeNamedTuple(name, name, mod, names, defs, NewDict())
}

// typingNamedTuple is NamedTuple('P', [('x', int), ('y', int)]).
func typingNamedTuple(args []any, kw []KW) any {
	if len(args) != 2 || len(kw) > 0 {
		panic(New(NotImplementedError, "not implemented: NamedTuple() other than NamedTuple(name, [(field, type), ...])"))
	}
	name, ok := args[0].(string)
	if !ok {
		panic(New(TypeError, "NamedTuple.__new__() argument 1 must be str, not "+TypeName(args[0])))
	}
	var names []string
	for v := range Iter(args[1]) {
		pair := toSliceIter(v)
		if len(pair) != 2 {
			panic(New(TypeError, "NamedTuple('Name', [(f0, t0), (f1, t1), ...]); each t must be a type"))
		}
		s, ok := pair[0].(string)
		if !ok {
			panic(New(TypeError, "Type names and field names must be strings"))
		}
		names = append(names, s)
	}
	return makeNamedTuple(name, name, "__main__", names, nil, NewDict())
}

// makeTypedNamedTuple is class P(NamedTuple): the annotated names are the
// fields, their values in the body the defaults; the rest of the body
// (methods, docstring) stays in the class.
func makeTypedNamedTuple(name, qualName string, ns *Dict, annotations []annotation) *Class {
	var names []string
	var defs []any
	for _, a := range annotations {
		v, has := ns.Get(a.name)
		if has {
			defs = append(defs, v)
			ns.Delete(a.name)
		} else if len(defs) > 0 {
			s := ""
			if len(defs) > 1 {
				s = "s"
			}
			panic(New(TypeError, "Non-default namedtuple field "+a.name+" cannot follow default field"+s+" "+strings.Join(names[len(names)-len(defs):], ", ")))
		}
		names = append(names, a.name)
	}
	for _, n := range names {
		if strings.HasPrefix(n, "_") {
			panic(New(ValueError, "Field names cannot start with an underscore: "+StrRepr(n)))
		}
	}
	for key := range ns.All() {
		if k, ok := key.(string); ok && (k == "_make" || k == "_asdict" || k == "_replace" || k == "_fields" || k == "_field_defaults" || k == "__new__" || k == "__init__" || k == "__slots__" || k == "__getnewargs__") {
			panic(New(AttributeError, "Cannot overwrite NamedTuple attribute "+k))
		}
	}
	return makeNamedTuple(name, qualName, "__main__", names, defs, ns)
}

// makeNamedTuple builds a named tuple class over ns (which may already
// hold methods).
func makeNamedTuple(name, qualName, module string, fields []string, defaults []any, ns *Dict) *Class {
	c := &Class{Name: name, Module: module, QualName: qualName, Dict: ns, Bases: []*Class{TupleType}, Base: TupleType, valueBase: TupleType}
	c.mro = []*Class{c, TupleType, ObjectType}
	nt := &ntInfo{cls: c, fields: fields, defaults: defaults}
	nt.sig = &Signature{Name: "__new__", QualName: name + ".__new__", Params: append([]string{"_cls"}, fields...), Defaults: defaults}
	c.namedTuple = nt
	if !ns.Contains("__module__") {
		ns.Set("__module__", module)
	}
	if !ns.Contains("__doc__") {
		ns.Set("__doc__", name+"("+strings.Join(fields, ", ")+")")
	}
	ft := make(Tuple, len(fields))
	for i, f := range fields {
		ft[i] = f
		ns.Set(f, &TupleGetter{index: i})
	}
	ns.Set("_fields", ft)
	ns.Set("__match_args__", ft)
	fd := NewDict()
	for i, d := range defaults {
		fd.Set(fields[len(fields)-len(defaults)+i], d)
	}
	ns.Set("_field_defaults", fd)
	ns.Set("_make", &ClassMethod{Fn: ntMethod(name, "_make", func(self any, args []any, kw []KW) any {
		noKw("_make", kw)
		arity("_make", args, 1, 1)
		items := Tuple(append([]any(nil), toSliceIter(args[0])...))
		if len(items) != len(fields) {
			panic(New(TypeError, "Expected "+itoa(len(fields))+" arguments, got "+itoa(len(items))))
		}
		return &Instance{Class: self.(*Class), base: items}
	})})
	ns.Set("_asdict", ntMethod(name, "_asdict", func(self any, args []any, kw []KW) any {
		arity("_asdict", args, 0, 0)
		d := NewDict()
		for i, v := range ntItems(self) {
			d.Set(fields[i], v)
		}
		return d
	}))
	ns.Set("_replace", ntMethod(name, "_replace", func(self any, args []any, kw []KW) any {
		if len(args) > 0 {
			panic(New(TypeError, name+"._replace() takes 1 positional argument but "+itoa(len(args)+1)+" were given"))
		}
		items := append(Tuple(nil), ntItems(self)...)
		var bad []any
		for _, k := range kw {
			i := indexOf(fields, k.Name)
			if i < 0 {
				bad = append(bad, k.Name)
				continue
			}
			items[i] = k.Value
		}
		if bad != nil {
			panic(New(ValueError, "Got unexpected field names: "+Repr(&List{Items: bad})))
		}
		return &Instance{Class: TypeOf(self), base: items}
	}))
	c.buildTable()
	classesMu.Lock()
	userClasses = append(userClasses, c)
	classesMu.Unlock()
	return c
}

// ntMethod is a method of a named tuple class (a plain function, so
// reading it through an instance binds it).
func ntMethod(cls, name string, fn func(self any, args []any, kw []KW) any) *Function {
	return &Function{Name: name, QualName: cls + "." + name, Fn: func(args []any, kw []KW) any {
		if len(args) == 0 {
			panic(New(TypeError, cls+"."+name+"() missing 1 required positional argument: 'self'"))
		}
		return fn(args[0], args[1:], kw)
	}}
}

// ntItems is a named tuple's items.
func ntItems(x any) Tuple {
	if o, ok := x.(*Instance); ok {
		if t, ok := o.base.(Tuple); ok {
			return t
		}
	}
	panic(New(TypeError, "descriptor requires a 'tuple' object but received a '"+TypeName(x)+"'"))
}

// construct is calling a named tuple class (or a subclass of one).
func (nt *ntInfo) construct(c *Class, args []any, kw []KW) any {
	bound := nt.sig.Bind(prepend(c, args), kw)
	o := &Instance{Class: c, base: Tuple(bound[1:])}
	if c != nt.cls {
		if init := c.userMethod("__init__"); init != nil {
			callBound(init, o, args, kw...)
		}
	}
	return o
}

// ntRepr is P(x=1, y=2), named after the instance's class.
func ntRepr(o *Instance, nt *ntInfo) string {
	var b strings.Builder
	b.WriteString(o.Class.Name)
	b.WriteByte('(')
	for i, v := range ntItems(o) {
		if i > 0 {
			b.WriteString(", ")
		}
		if i < len(nt.fields) {
			b.WriteString(nt.fields[i])
			b.WriteByte('=')
		}
		b.WriteString(Repr(v))
	}
	b.WriteByte(')')
	return b.String()
}

// ntSetAttr refuses attribute assignment on a named tuple: its fields are
// read-only, and the class CPython builds has no instance __dict__ (a
// subclass without __slots__ does).
func ntSetAttr(o *Instance, nt *ntInfo, name string) {
	if attr, ok := o.Class.lookup(name); ok {
		if _, isField := attr.(*TupleGetter); isField {
			panic(New(AttributeError, "can't set attribute"))
		}
	}
	if o.Class == nt.cls {
		panic(New(AttributeError, "'"+o.Class.Name+"' object has no attribute '"+name+"'"))
	}
}

func isKeyword(s string) bool {
	switch s {
	case "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
		"def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
		"is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield":
		return true
	}
	return false
}
