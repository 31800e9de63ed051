package codegen

import (
	"fmt"
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/pyasync2go/pyasync2go/ir"
	"github.com/pyasync2go/pyasync2go/rt/py"
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

// apiFunc is one exported def.
type apiFunc struct {
	def    *ir.FuncDef
	goName string
	params []apiParam
	// results: none for `-> None`, several for `-> tuple[A, B]`.
	results []apiType
}

type apiParam struct {
	p        *ir.Param
	typ      apiType
	optional bool
}

// apiType is a Python annotation with its Go form.
type apiType struct {
	goType jen.Code
	// from converts the Python value: a func(any) (T, error).
	from jen.Code
	// to converts a Go value to Python: a func(T) any; nil for the
	// scalars, whose Go values are the Python values.
	to jen.Code
	// scalar: int, float, str or bool (a valid dict key).
	scalar bool
}

// apiPrepass picks the exported defs before the package's names are handed
// out: each needs its *py.Function variable (the wrapper calls the function
// bound to the module's name, as `module.f(...)` does in Python).
func (g *gen) apiPrepass() {
	// The API file imports context: no module name may take its name.
	g.pkgNames.fresh(contextPath)
	if g.m.TopLevelAwait {
		g.errorf(ir.Pos{Line: 1, Col: 1}, "--api: a module with top-level await cannot be imported (top-level await is only valid in notebooks and asyncio.run)")
		return
	}
	used := map[string]*ir.FuncDef{"Error": nil}
	for _, st := range g.m.Body {
		switch st := st.(type) {
		case *ir.ClassDef:
			if !strings.HasPrefix(st.Name, "_") {
				g.apiWarn(st.Pos, "class %s is not exported (--api exports functions only)", st.Name)
			}
		case *ir.FuncDef:
			if strings.HasPrefix(st.Name, "_") {
				continue
			}
			f, why := g.apiSignature(st)
			if why != "" {
				g.apiWarn(st.Pos, "%s %s is not exported: %s", defKind(st), st.Name, why)
				continue
			}
			names := []string{f.goName, f.goName + "Option"}
			for _, p := range f.params {
				if p.optional {
					names = append(names, f.goName+upperFirst(goIdent(p.p.Name)))
				}
			}
			clash := ""
			for _, n := range names {
				if other, ok := used[n]; ok {
					clash = n + " is taken by the package's error type"
					if other != nil {
						clash = n + " is taken by " + other.Name + "'s"
					}
					break
				}
			}
			if clash != "" {
				g.apiWarn(st.Pos, "%s %s is not exported: its Go name %s", defKind(st), st.Name, clash)
				continue
			}
			for _, n := range names {
				used[n] = st
			}
			g.valueUse[g.resolve(st.Sym)] = true
			g.apiFuncs = append(g.apiFuncs, f)
		}
	}
	if len(g.apiFuncs) == 0 {
		g.apiWarn(ir.Pos{Line: 1, Col: 1}, "--api: the module exports no function")
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
func (g *gen) apiSignature(def *ir.FuncDef) (*apiFunc, string) {
	if def.IsGenerator {
		return nil, "it is a generator"
	}
	s := g.resolve(def.Sym)
	if fi := g.symFunc[s]; fi == nil || fi.def != def {
		if len(def.Decorators) > 0 {
			return nil, "it is decorated (the decorator decides its signature)"
		}
		return nil, "its name is bound more than once"
	}
	f := &apiFunc{def: def, goName: upperFirst(goIdent(def.Name))}
	for _, p := range def.Params {
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
		return apiType{goType: jen.Int(), from: rtq("FromPyInt"), scalar: true}, ""
	case "float":
		return apiType{goType: jen.Float64(), from: rtq("FromPyFloat"), scalar: true}, ""
	case "str":
		return apiType{goType: jen.String(), from: rtq("FromPyStr"), scalar: true}, ""
	case "bool":
		return apiType{goType: jen.Bool(), from: rtq("FromPyBool"), scalar: true}, ""
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
			goType: jen.Index().Add(el.goType),
			from:   rtq("FromPyList").Call(el.from),
			to:     rtq("ToPyList").Call(el.toFunc()),
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
			goType: jen.Map(k.goType).Add(v.goType),
			from:   rtq("FromPyDict").Call(k.from, v.from),
			to:     rtq("ToPyDict").Call(k.toFunc(), v.toFunc()),
		}, ""
	}
	return apiType{}, annText(e) + " has no Go form"
}

// toFunc is the Go-to-Python conversion as a function value.
func (t apiType) toFunc() jen.Code {
	if t.to != nil {
		return t.to
	}
	return jen.Qual(rtPath, "ToPy").Index(t.goType)
}

// toPy converts the Go value v.
func (t apiType) toPy(v jen.Code) jen.Code {
	if t.to == nil {
		return v
	}
	return jen.Add(t.to).Call(v)
}

// apiDecls emits the module variable, the Error alias and one wrapper per
// exported def (with its option type and setters).
func (g *gen) apiDecls() {
	mod := g.pkgNames.fresh("pyModule")
	// Apart from the //line directive before it, which gofmt would move
	// to the end of a doc comment.
	g.file.Line()
	g.file.Comment(mod + " is " + g.fileName() + ", imported into the process's Python interpreter at the first call:")
	g.file.Comment("its top-level statements run then, on the event loop that runs every call.")
	g.file.Var().Id(mod).Op("=").Qual(rtPath, "NewModule").Call(jen.Lit(g.fileName()), jen.Id("program"))
	g.file.Line()
	g.file.Comment("Error is a Python exception raised by a call: its type, message and traceback text.")
	g.file.Type().Id("Error").Op("=").Qual(rtPath, "PythonError")
	for _, f := range g.apiFuncs {
		g.file.Line()
		g.apiFunc(mod, f)
	}
}

func (g *gen) apiFunc(mod string, f *apiFunc) {
	def := f.def
	var optional []apiParam
	for _, p := range f.params {
		if p.optional {
			optional = append(optional, p)
		}
	}
	optsType, optField := "", map[*ir.Param]string{}
	if len(optional) > 0 {
		optsType = g.pkgNames.fresh(goIdent(def.Name) + "Options")
		option := f.goName + "Option"
		g.file.Comment(fmt.Sprintf("%s sets an optional argument of %s; without it, the Python default applies.", option, f.goName))
		g.file.Type().Id(option).Func().Params(jen.Op("*").Id(optsType))
		g.file.Line()
		var fields []jen.Code
		for _, p := range optional {
			name := goIdent(p.p.Name)
			optField[p.p] = name
			fields = append(fields, jen.Id(name).Op("*").Add(p.typ.goType))
		}
		g.file.Type().Id(optsType).Struct(fields...)
		for _, p := range optional {
			setter := f.goName + upperFirst(goIdent(p.p.Name))
			arg := goIdent(p.p.Name)
			g.file.Line()
			g.file.Comment(fmt.Sprintf("%s passes %s=%s to %s.", setter, p.p.Name, arg, def.Name))
			g.file.Func().Id(setter).Params(jen.Id(arg).Add(p.typ.goType)).Id(option).Block(
				jen.Return(jen.Func().Params(jen.Id("o").Op("*").Id(optsType)).Block(
					jen.Id("o").Dot(optField[p.p]).Op("=").Op("&").Id(arg))))
		}
		g.file.Line()
	}

	nm := newNamer(g.pkgNames)
	ctx := nm.fresh("ctx")
	var params []jen.Code
	params = append(params, jen.Id(ctx).Qual(contextPath, "Context"))
	argName := map[*ir.Param]string{}
	for _, p := range f.params {
		if p.optional {
			continue
		}
		argName[p.p] = nm.fresh(goIdent(p.p.Name))
		params = append(params, jen.Id(argName[p.p]).Add(p.typ.goType))
	}
	opts := ""
	if optsType != "" {
		opts = nm.fresh("opts")
		params = append(params, jen.Id(opts).Op("...").Id(f.goName+"Option"))
	}

	// The call, run on the loop: positional arguments in order, keyword-
	// only ones and the options given by keyword.
	var pos []jen.Code
	var body []jen.Code
	kw := ""
	o := ""
	if optsType != "" {
		o = nm.fresh("o")
	}
	kwNeeded := false
	for _, p := range f.params {
		if p.optional || p.p.Kind == ir.ParamKwOnly {
			kwNeeded = true
		}
	}
	if kwNeeded {
		kw = nm.fresh("kw")
		body = append(body, jen.Var().Id(kw).Index().Qual(pyPath, "KW"))
	}
	for _, p := range f.params {
		switch {
		case p.optional:
			field := jen.Id(o).Dot(optField[p.p])
			body = append(body, jen.If(field.Clone().Op("!=").Nil()).Block(
				jen.Id(kw).Op("=").Append(jen.Id(kw), jen.Qual(pyPath, "KW").Values(jen.Dict{
					jen.Id("Name"):  jen.Lit(p.p.Name),
					jen.Id("Value"): p.typ.toPy(jen.Op("*").Add(field)),
				}))))
		case p.p.Kind == ir.ParamKwOnly:
			body = append(body, jen.Id(kw).Op("=").Append(jen.Id(kw), jen.Qual(pyPath, "KW").Values(jen.Dict{
				jen.Id("Name"):  jen.Lit(p.p.Name),
				jen.Id("Value"): p.typ.toPy(jen.Id(argName[p.p])),
			})))
		default:
			pos = append(pos, p.typ.toPy(jen.Id(argName[p.p])))
		}
	}
	kwArg := jen.Nil()
	if kw != "" {
		kwArg = jen.Id(kw)
	}
	body = append(body, jen.Return(jen.Qual(pyPath, "Call").Call(
		g.symFunc[g.resolve(def.Sym)].fnVar.use(), jen.Index().Any().Values(pos...), kwArg)))
	call := jen.Func().Params().Any().Block(body...)

	caller := "CallSync"
	if def.IsAsync {
		caller = "CallAsync"
	}
	var stmts []jen.Code
	if optsType != "" {
		opt := nm.fresh("opt")
		stmts = append(stmts,
			jen.Var().Id(o).Id(optsType),
			jen.For(jen.List(jen.Id("_"), jen.Id(opt)).Op(":=").Range().Id(opts)).Block(jen.Id(opt).Call(jen.Op("&").Id(o))))
	}
	invoke := func(conv jen.Code) *jen.Statement {
		return jen.Qual(rtPath, caller).Call(jen.Id(mod), jen.Id(ctx), jen.Lit(def.Name), call, conv)
	}
	var results []jen.Code
	switch len(f.results) {
	case 0:
		errV := nm.fresh("err")
		stmts = append(stmts,
			jen.List(jen.Id("_"), jen.Id(errV)).Op(":=").Add(invoke(jen.Qual(rtPath, "FromPyNone"))),
			jen.Return(jen.Id(errV)))
	case 1:
		results = append(results, f.results[0].goType)
		stmts = append(stmts, jen.Return(invoke(f.results[0].from)))
	default:
		resType := g.pkgNames.fresh(goIdent(def.Name) + "Result")
		var fields, conv []jen.Code
		conv = append(conv,
			jen.List(jen.Id("items"), jen.Id("err")).Op(":=").Qual(rtPath, "FromPyTuple").Call(jen.Id("v"), jen.Lit(len(f.results))),
			jen.If(jen.Id("err").Op("!=").Nil()).Block(jen.Return(jen.Id("r"), jen.Id("err"))))
		res, errV := nm.fresh("res"), nm.fresh("err")
		var ret []jen.Code
		for i, t := range f.results {
			field := fmt.Sprintf("r%d", i)
			fields = append(fields, jen.Id(field).Add(t.goType))
			results = append(results, t.goType)
			conv = append(conv, jen.If(
				jen.List(jen.Id("r").Dot(field), jen.Id("err")).Op("=").Qual(rtPath, "Item").Call(jen.Id("items"), jen.Lit(i), t.from),
				jen.Id("err").Op("!=").Nil()).Block(jen.Return(jen.Id("r"), jen.Id("err"))))
			ret = append(ret, jen.Id(res).Dot(field))
		}
		conv = append(conv, jen.Return(jen.Id("r"), jen.Nil()))
		g.file.Comment(fmt.Sprintf("%s holds the items of the tuple %s returns.", resType, def.Name))
		g.file.Type().Id(resType).Struct(fields...)
		g.file.Line()
		convFn := jen.Func().Params(jen.Id("v").Any()).Params(jen.Id("r").Id(resType), jen.Id("err").Error()).Block(conv...)
		stmts = append(stmts,
			jen.List(jen.Id(res), jen.Id(errV)).Op(":=").Add(invoke(convFn)),
			jen.Return(append(ret, jen.Id(errV))...))
	}
	results = append(results, jen.Error())

	for _, line := range strings.Split(g.apiDoc(f), "\n") {
		g.file.Comment(line)
	}
	g.file.Func().Id(f.goName).Params(params...).Params(results...).Block(stmts...)
}

// apiDoc is a wrapper's doc comment: which Python function it calls, how,
// and its Python signature.
func (g *gen) apiDoc(f *apiFunc) string {
	def := f.def
	var b strings.Builder
	fmt.Fprintf(&b, "%s calls %s (%s:%d) on the module's event loop", f.goName, def.Name, g.fileName(), def.Pos.Line)
	if def.IsAsync {
		b.WriteString(" as a new task; cancelling ctx cancels the task.")
	} else {
		b.WriteString("; ctx only keeps it from starting.")
	}
	b.WriteString("\nA Python exception comes back as an *Error.\n\n\t")
	b.WriteString(defKind(def) + " " + def.Name + "(")
	star := false
	for i, p := range def.Params {
		if i > 0 {
			b.WriteString(", ")
		}
		if p.Kind == ir.ParamKwOnly && !star {
			b.WriteString("*, ")
		}
		star = star || p.Kind == ir.ParamVarArgs || p.Kind == ir.ParamKwOnly
		switch p.Kind {
		case ir.ParamVarArgs:
			b.WriteString("*")
		case ir.ParamVarKw:
			b.WriteString("**")
		}
		b.WriteString(p.Name)
		if p.Annotation != nil {
			b.WriteString(": " + annText(p.Annotation))
		}
		if p.Default != nil {
			b.WriteString(" = " + defaultText(p.Default))
		}
	}
	b.WriteString(") -> " + annText(def.Returns))
	return b.String()
}
