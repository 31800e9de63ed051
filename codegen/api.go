package codegen

import (
	"fmt"
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/pyasync2go/pyasync2go/ir"
	"github.com/pyasync2go/pyasync2go/rt/py"
	"github.com/pyasync2go/pyasync2go/surface"
)

// The typed Go API of --package NAME --api (DESIGN.md, "Typed Go API").
// Every public (no leading underscore) top-level def whose parameters and
// result are annotated with types Go can hold becomes an exported Go
// function that calls the Python function on the module's event loop
// (rt.CallAsync / rt.CallSync). Anything else is skipped with a warning
// naming it; the translation itself is the same as in --package mode.

const contextPath = "context"

// api reports whether the file is an API package.
func (g *gen) api() bool {
	return g.opts.API && g.opts.Package != "" && g.opts.Package != "main"
}

// moduleName is __name__: an API package's module is imported, so a
// `if __name__ == "__main__":` block (the script's demo) does not run;
// its name is the file's ("fetcher" for fetcher.py). The other places
// CPython names the module (a class's __module__, reprs) still say
// __main__ (DESIGN.md, "Typed Go API").
func (g *gen) moduleName() string {
	if !g.api() {
		return "__main__"
	}
	return strings.TrimSuffix(g.fileName(), ".py")
}

// apiFunc is one exported def, method or constructor.
type apiFunc struct {
	def *ir.FuncDef
	// goName is the Go function (or method) name; pyName names the
	// Python callable in messages ("reserve", "Basket.add", "Basket").
	goName, pyName string
	// optPrefix starts the names of the option type and its setters:
	// Fetch (FetchOption, FetchRetries), NewBasket, BasketAdd.
	optPrefix string
	// class: a method's or constructor's class (nil: a function).
	class  *apiClass
	ctor   bool
	params []apiParam
	// results: none for `-> None`, several for `-> tuple[A, B]`.
	results []apiType
}

// apiClass is one exported class: a Go handle type on its instances, a
// constructor from __init__'s annotations, and its annotated methods.
type apiClass struct {
	cd      *ir.ClassDef
	goName  string
	ctor    *apiFunc
	methods []*apiFunc
}

type apiParam struct {
	p        *ir.Param
	typ      apiType
	optional bool
}

// apiType is a Python annotation with its Go form.
type apiType struct {
	goType jen.Code
	// from makes the code converting the Python value: a func(any) (T,
	// error). Made when emitted: a class's Go variable is named after the
	// signatures are typed.
	from func() jen.Code
	// to makes the code converting a Go value to Python: a func(T) any;
	// nil for the scalars, whose Go values are the Python values.
	to func() jen.Code
	// scalar: int, float, str or bool (a valid dict key).
	scalar bool
	// handles: the exported classes whose instances the type holds.
	handles []*apiClass
}

// apiPrepass picks the exported defs and classes before the package's
// names are handed out: each exported def needs its *py.Function variable
// (the wrapper calls the function bound to the module's name, as
// `module.f(...)` does in Python).
func (g *gen) apiPrepass() {
	// The API file imports context: no module name may take its name.
	g.pkgNames.fresh(contextPath)
	if g.m.TopLevelAwait {
		g.errorf(ir.Pos{Line: 1, Col: 1}, "--api: a module with top-level await cannot be imported (top-level await is only valid in notebooks and asyncio.run)")
		return
	}
	g.apiNames = map[string]string{"Error": "the package's error type"}
	// Classes first: functions may take and return their instances.
	g.apiClassOf = map[*ir.Symbol]*apiClass{}
	for _, st := range g.m.Body {
		if cd, ok := st.(*ir.ClassDef); ok && !strings.HasPrefix(cd.Name, "_") {
			if why := g.apiClassCandidate(cd); why != "" {
				g.apiWarn(cd.Pos, "class %s is not exported: %s", cd.Name, why)
				continue
			}
			c := &apiClass{cd: cd, goName: upperFirst(goIdent(cd.Name))}
			if !g.claim(cd.Pos, "class "+cd.Name, cd.Name, c.goName, "New"+c.goName) {
				continue
			}
			g.apiClassOf[g.resolve(cd.Sym)] = c
			g.apiClasses = append(g.apiClasses, c)
		}
	}
	for _, st := range g.m.Body {
		switch st := st.(type) {
		case *ir.ClassDef:
			if c := g.apiClassOf[g.resolve(st.Sym)]; c != nil {
				g.apiMembers(c)
			}
		case *ir.FuncDef:
			if strings.HasPrefix(st.Name, "_") {
				continue
			}
			f, why := g.apiSignature(st, nil)
			if why != "" {
				g.apiWarn(st.Pos, "%s %s is not exported: %s", defKind(st), st.Name, why)
				continue
			}
			if !g.claim(st.Pos, defKind(st)+" "+st.Name, st.Name, g.apiFuncNames(f)...) {
				continue
			}
			g.valueUse[g.resolve(st.Sym)] = true
			g.apiFuncs = append(g.apiFuncs, f)
		}
	}
	if len(g.apiFuncs) == 0 && len(g.apiClasses) == 0 {
		g.apiWarn(ir.Pos{Line: 1, Col: 1}, "--api: the module exports no function or class")
	}
}

// apiFuncNames are the package-level Go names an exported callable takes:
// its own (not a method's: methods live in their type), its option type
// and option setters.
func (g *gen) apiFuncNames(f *apiFunc) []string {
	var names []string
	if f.class == nil {
		names = append(names, f.goName)
	}
	opt := false
	for _, p := range f.params {
		if p.optional {
			opt = true
			names = append(names, f.optPrefix+upperFirst(goIdent(p.p.Name)))
		}
	}
	if opt {
		names = append(names, f.optPrefix+"Option")
	}
	return names
}

// claim reserves exported Go names for what (a def, class or method);
// false, with a warning, when one is taken.
func (g *gen) claim(pos ir.Pos, what, owner string, names ...string) bool {
	for _, n := range names {
		if other, ok := g.apiNames[n]; ok {
			g.apiWarn(pos, "%s is not exported: its Go name %s is taken by %s", what, n, other)
			return false
		}
	}
	for _, n := range names {
		g.apiNames[n] = owner + "'s"
	}
	return true
}

// apiClassCandidate says why a class statement cannot be exported ("" if
// it can).
func (g *gen) apiClassCandidate(cd *ir.ClassDef) string {
	switch {
	case g.apiIsException(cd, 0):
		return "it is an exception class (its instances come back as *Error)"
	case len(cd.Decorators) > 0:
		return "it is decorated (dataclasses and the like are not exported yet)"
	case g.stores[g.resolve(cd.Sym)] != 1:
		return "its name is bound more than once"
	}
	if len(cd.Bases) > 0 && apiInit(cd) == nil {
		return "it inherits __init__ (define __init__ in the class to export it)"
	}
	return ""
}

// apiIsException reports whether a class derives from an exception class:
// a builtin or library one, or a module-level class that does.
// (ir.ClassDef.IsException is only a hint the frontend sets for every
// class whose bases are all classes it knows.)
func (g *gen) apiIsException(cd *ir.ClassDef, depth int) bool {
	if depth > 100 {
		return false
	}
	for _, b := range cd.Bases {
		switch b := b.(type) {
		case *ir.LibAttr:
			// The library's classes in the registry are its exceptions
			// (asyncio.CancelledError, json.JSONDecodeError).
			if entry := surface.Lookup(b.Module, b.Name); entry != nil && entry.Kind == surface.Class {
				return true
			}
		case *ir.Name:
			s := g.resolve(b.Sym)
			if s == nil || s.Kind == ir.SymBuiltin {
				if surface.ExceptionClass(b.Id) != "" {
					return true
				}
				continue
			}
			for _, st := range g.m.Body {
				if base, ok := st.(*ir.ClassDef); ok && g.resolve(base.Sym) == s && g.apiIsException(base, depth+1) {
					return true
				}
			}
		}
	}
	return false
}

// apiInit is the __init__ a class body defines, or nil.
func apiInit(cd *ir.ClassDef) *ir.FuncDef {
	var init *ir.FuncDef
	for _, st := range cd.Body {
		if def, ok := st.(*ir.FuncDef); ok && def.Name == "__init__" {
			init = def
		}
	}
	return init
}

// apiMembers types an exported class's constructor and public methods.
func (g *gen) apiMembers(c *apiClass) {
	cd := c.cd
	if init := apiInit(cd); init != nil {
		f, why := g.apiSignature(init, c)
		if why != "" {
			g.apiWarn(init.Pos, "class %s is exported without a constructor: __init__: %s", cd.Name, why)
		} else if g.claim(init.Pos, cd.Name+".__init__", cd.Name, g.apiFuncNames(f)...) {
			c.ctor = f
		}
	} else {
		c.ctor = &apiFunc{goName: "New" + c.goName, pyName: cd.Name, optPrefix: "New" + c.goName, class: c, ctor: true,
			results: []apiType{g.handleType(c)}}
	}
	methods := map[string]bool{}
	for _, st := range cd.Body {
		def, ok := st.(*ir.FuncDef)
		if !ok || strings.HasPrefix(def.Name, "_") {
			continue
		}
		what := fmt.Sprintf("method %s.%s", cd.Name, def.Name)
		f, why := g.apiSignature(def, c)
		if why != "" {
			g.apiWarn(def.Pos, "%s is not exported: %s", what, why)
			continue
		}
		if methods[f.goName] {
			g.apiWarn(def.Pos, "%s is not exported: its Go name %s.%s is taken", what, c.goName, f.goName)
			continue
		}
		if !g.claim(def.Pos, what, cd.Name+"."+def.Name, g.apiFuncNames(f)...) {
			continue
		}
		methods[f.goName] = true
		c.methods = append(c.methods, f)
	}
}

func (g *gen) apiWarn(pos ir.Pos, format string, args ...any) {
	g.diags = append(g.diags, ir.Diagnostic{File: g.m.Path, Pos: pos, Severity: ir.Warning, Msg: fmt.Sprintf(format, args...)})
}

func defKind(def *ir.FuncDef) string {
	if def.IsAsync {
		return "async def"
	}
	return "def"
}

// apiSignature maps a def's annotations to Go types, or says why it cannot.
// With a class, def is one of its methods or its __init__ (the
// constructor): self is not a parameter of the Go function.
func (g *gen) apiSignature(def *ir.FuncDef, class *apiClass) (*apiFunc, string) {
	if def.IsGenerator {
		return nil, "it is a generator"
	}
	f := &apiFunc{def: def, goName: upperFirst(goIdent(def.Name)), pyName: def.Name, class: class}
	f.optPrefix = f.goName
	params := def.Params
	switch {
	case class != nil:
		if len(def.Decorators) > 0 {
			return nil, "it is decorated (staticmethod, classmethod, property and the like are not exported)"
		}
		if len(params) == 0 || params[0].Kind != ir.ParamPositional && params[0].Kind != ir.ParamPosOnly {
			return nil, "it takes no self parameter"
		}
		params = params[1:]
		f.pyName = class.cd.Name + "." + def.Name
		f.optPrefix = class.goName + f.goName
		if def.Name == "__init__" {
			if def.IsAsync {
				return nil, "it is async"
			}
			f.goName, f.pyName, f.ctor = "New"+class.goName, class.cd.Name, true
			f.optPrefix = f.goName
		}
	default:
		s := g.resolve(def.Sym)
		if fi := g.symFunc[s]; fi == nil || fi.def != def {
			if len(def.Decorators) > 0 {
				return nil, "it is decorated (the decorator decides its signature)"
			}
			return nil, "its name is bound more than once"
		}
	}
	for _, p := range params {
		switch p.Kind {
		case ir.ParamVarArgs, ir.ParamVarKw:
			// Left empty by every call: the Go function cannot pass them.
			continue
		case ir.ParamPosOnly:
			if p.Default != nil {
				return nil, fmt.Sprintf("positional-only parameter '%s' has a default", p.Name)
			}
		}
		if p.Annotation == nil {
			return nil, fmt.Sprintf("parameter '%s' has no type annotation", p.Name)
		}
		t, why := g.apiTypeOf(p.Annotation)
		if why != "" {
			return nil, fmt.Sprintf("parameter '%s': %s", p.Name, why)
		}
		f.params = append(f.params, apiParam{p: p, typ: t, optional: p.Default != nil})
	}
	if f.ctor {
		// __init__ returns None; the call returns the new instance.
		f.results = []apiType{g.handleType(class)}
		return f, ""
	}
	if def.Returns == nil {
		return nil, "it has no return annotation"
	}
	switch r := def.Returns.(type) {
	case *ir.NoneLit:
		return f, ""
	case *ir.Subscript:
		if name := g.annName(r.X); name == "tuple" || name == "Tuple" {
			elts := []ir.Expr{r.Index}
			if tl, ok := r.Index.(*ir.TupleLit); ok {
				elts = tl.Elts
			}
			for _, e := range elts {
				if _, ok := e.(*ir.EllipsisLit); ok {
					return nil, "return type " + annText(def.Returns) + ": a tuple of any length has no Go form"
				}
				t, why := g.apiTypeOf(e)
				if why != "" {
					return nil, "return type: " + why
				}
				f.results = append(f.results, t)
			}
			return f, ""
		}
	}
	t, why := g.apiTypeOf(def.Returns)
	if why != "" {
		return nil, "return type: " + why
	}
	f.results = []apiType{t}
	return f, ""
}

// annName is the name an annotation expression spells: "int", "list",
// "List" (typing's, imported or as typing.List); "" for anything else,
// including a module-level name the program binds itself.
func (g *gen) annName(e ir.Expr) string {
	switch e := e.(type) {
	case *ir.Name:
		s := g.resolve(e.Sym)
		if s == nil || s.Kind == ir.SymBuiltin || g.importSyms[s] {
			return e.Id
		}
	case *ir.LibAttr:
		if e.Module == "typing" {
			return e.Name
		}
	}
	return ""
}

func annText(e ir.Expr) string {
	switch e := e.(type) {
	case *ir.Name:
		return e.Id
	case *ir.NoneLit:
		return "None"
	case *ir.EllipsisLit:
		return "..."
	case *ir.LibAttr:
		return e.Module + "." + e.Name
	case *ir.Attribute:
		return annText(e.X) + "." + e.Name
	case *ir.Subscript:
		return annText(e.X) + "[" + annText(e.Index) + "]"
	case *ir.TupleLit:
		parts := make([]string, len(e.Elts))
		for i, x := range e.Elts {
			parts[i] = annText(x)
		}
		return strings.Join(parts, ", ")
	case *ir.BinOp:
		return annText(e.X) + " " + ir.BinOpText[e.Op] + " " + annText(e.Y)
	case *ir.StrLit:
		return repr(e.Value)
	}
	return "?"
}

func repr(s string) string { return py.Repr(s) }

// defaultText is a parameter default as the doc comment shows it: a
// literal or a name as written, anything else "...".
func defaultText(e ir.Expr) string {
	switch e := e.(type) {
	case *ir.IntLit:
		return e.Value
	case *ir.FloatLit:
		return py.Repr(e.Value)
	case *ir.StrLit:
		return py.Repr(e.Value)
	case *ir.BoolLit:
		return py.Repr(e.Value)
	case *ir.NoneLit:
		return "None"
	case *ir.Name:
		return e.Id
	}
	return "..."
}

// apiTypeOf maps one annotation: int, float, str, bool, list[T], dict[K, V].
func (g *gen) apiTypeOf(e ir.Expr) (apiType, string) {
	rtq := func(name string) *jen.Statement { return jen.Qual(rtPath, name) }
	switch g.annName(e) {
	case "int":
		return apiType{goType: jen.Int(), from: rtFunc("FromPyInt"), scalar: true}, ""
	case "float":
		return apiType{goType: jen.Float64(), from: rtFunc("FromPyFloat"), scalar: true}, ""
	case "str":
		return apiType{goType: jen.String(), from: rtFunc("FromPyStr"), scalar: true}, ""
	case "bool":
		return apiType{goType: jen.Bool(), from: rtFunc("FromPyBool"), scalar: true}, ""
	}
	switch n := e.(type) {
	case *ir.Name:
		if c := g.apiClassOf[g.resolve(n.Sym)]; c != nil {
			return g.handleType(c), ""
		}
	case *ir.StrLit:
		// A forward reference ("Cart" inside class Cart) names a
		// module-level class.
		if g.m.Scope != nil {
			if c := g.apiClassOf[g.resolve(g.m.Scope.Names[n.Value])]; c != nil {
				return g.handleType(c), ""
			}
		}
	}
	sub, ok := e.(*ir.Subscript)
	if !ok {
		return apiType{}, annText(e) + " has no Go form"
	}
	args := []ir.Expr{sub.Index}
	if tl, ok := sub.Index.(*ir.TupleLit); ok {
		args = tl.Elts
	}
	switch g.annName(sub.X) {
	case "list", "List":
		if len(args) != 1 {
			break
		}
		el, why := g.apiTypeOf(args[0])
		if why != "" {
			return el, why
		}
		return apiType{
			handles: el.handles,
			goType:  jen.Index().Add(el.goType),
			from:    func() jen.Code { return rtq("FromPyList").Call(el.from()) },
			to:      func() jen.Code { return rtq("ToPyList").Call(el.toFunc()) },
		}, ""
	case "dict", "Dict":
		if len(args) != 2 {
			break
		}
		k, why := g.apiTypeOf(args[0])
		if why != "" {
			return k, why
		}
		if !k.scalar {
			return k, annText(e) + ": a Go map key must be int, float, str or bool"
		}
		v, why := g.apiTypeOf(args[1])
		if why != "" {
			return v, why
		}
		return apiType{
			handles: v.handles,
			goType:  jen.Map(k.goType).Add(v.goType),
			from:    func() jen.Code { return rtq("FromPyDict").Call(k.from(), v.from()) },
			to:      func() jen.Code { return rtq("ToPyDict").Call(k.toFunc(), v.toFunc()) },
		}, ""
	}
	return apiType{}, annText(e) + " has no Go form"
}

// handleType is an exported class's instances: *C, converted with
// rt.FromPyInstance (an isinstance check) and C's pyObject method (nil is
// None).
func (g *gen) handleType(c *apiClass) apiType {
	wrap := jen.Func().Params(jen.Id("o").Any()).Op("*").Id(c.goName).Block(
		jen.Return(jen.Op("&").Id(c.goName).Values(jen.Dict{jen.Id("obj"): jen.Id("o")})))
	return apiType{
		handles: []*apiClass{c},
		goType:  jen.Op("*").Id(c.goName),
		from: func() jen.Code {
			return jen.Func().Params(jen.Id("v").Any()).Params(jen.Op("*").Id(c.goName), jen.Error()).Block(
				jen.Return(jen.Qual(rtPath, "FromPyInstance").Call(jen.Id("v"), g.vars[g.resolve(c.cd.Sym)].use(), wrap)))
		},
		to: func() jen.Code { return jen.Parens(jen.Op("*").Id(c.goName)).Dot("pyObject") },
	}
}

func rtFunc(name string) func() jen.Code {
	return func() jen.Code { return jen.Qual(rtPath, name) }
}

// toFunc is the Go-to-Python conversion as a function value.
func (t apiType) toFunc() jen.Code {
	if t.to != nil {
		return t.to()
	}
	return jen.Qual(rtPath, "ToPy").Index(t.goType)
}

// toPy converts the Go value v.
func (t apiType) toPy(v jen.Code) jen.Code {
	if t.to == nil {
		return v
	}
	return jen.Add(t.to()).Call(v)
}
